package dev.marsad.extract;

import dev.marsad.model.Entity;
import java.util.List;
import java.util.Optional;

/**
 * The mention chain of one article, as speaker resolution reads it: a speaker's name is written as the article
 * names that person most fully ({@link PersonNameChain}), a title stands for the person it introduced earlier
 * ({@link TitleHolders}), and an organisation's short name or head noun for its fuller form
 * ({@link OrganizationNameChain}). Hand-written because no library resolves Arabic news mentions; the rules are those
 * of quotes-dev's labelling (a person's fullest name in the article, without titles or hashtags).
 */
final class SpeakerChain {
    private final PersonNameChain people;
    private final TitleHolders titles;
    private final OrganizationNameChain organizations;

    SpeakerChain(String text, List<Entity> entities) {
        ArticleWordIndex index = new ArticleWordIndex(text);
        this.people = new PersonNameChain(text, entities, index);
        this.titles = new TitleHolders(text, entities, index, people);
        this.organizations = new OrganizationNameChain(text, entities, index);
    }

    /** See {@link PersonNameChain#nameOf}. */
    String nameOf(Entity e, String name) {
        return people.nameOf(e, name);
    }

    /** See {@link PersonNameChain#personByWord}. */
    Optional<String> personByWord(String folded) {
        return people.personByWord(folded);
    }

    /** See {@link PersonNameChain#firstMentionName}. */
    Optional<String> firstMentionName(String foldedWord) {
        return people.firstMentionName(foldedWord);
    }

    /** See {@link PersonNameChain#withSurnameAfter}. */
    String withSurnameAfter(Entity e, String name) {
        return people.withSurnameAfter(e, name);
    }

    /** See {@link PersonNameChain#fullPersonName}. */
    String fullPersonName(String name) {
        return people.fullPersonName(name);
    }

    /** See {@link PersonNameChain#fullerEnding}. */
    String fullerEnding(String name) {
        return people.fullerEnding(name);
    }

    /** An outlet's name with the media noun the article writes before it elsewhere (OrganizationNameChain). */
    String withMediaNounWrittenElsewhere(String name) {
        return organizations.withMediaNounWrittenElsewhere(name);
    }

    /** See {@link PersonNameChain#fullName}. */
    String fullName(String name) {
        return people.fullName(name);
    }

    /** See {@link PersonNameChain#writtenAsPlace}. */
    boolean writtenAsPlace(String name) {
        return people.writtenAsPlace(name);
    }

    /** See {@link TitleHolders#holderOf}. */
    Optional<String> holderOf(String foldedTitle, int before) {
        return titles.holderOf(foldedTitle, before);
    }

    /** See {@link TitleHolders#holderWithin}. */
    Optional<String> holderWithin(String folded, int before) {
        return titles.holderWithin(folded, before);
    }

    /** See {@link OrganizationNameChain#fullOrganization}. */
    String fullOrganization(String name) {
        return organizations.fullOrganization(name);
    }

    /** See {@link OrganizationNameChain#organizationNamedEarlier}. */
    Optional<String> organizationNamedEarlier(String foldedHead, int before) {
        return organizations.organizationNamedEarlier(foldedHead, before);
    }

    /** See {@link PersonNameChain#fullerOpening}. */
    String fullerOpening(String name) {
        return people.fullerOpening(name);
    }

    /** See {@link PersonNameChain#withLineage}. */
    String withLineage(String name) {
        return people.withLineage(name);
    }

    /** See {@link OrganizationNameChain#withoutPeopleAfter}. */
    String withoutPeopleAfter(String name) {
        return organizations.withoutPeopleAfter(name);
    }

    /** See {@link OrganizationNameChain#longerOrganizationOpeningWith}. */
    String longerOrganizationOpeningWith(String name) {
        return organizations.longerOrganizationOpeningWith(name);
    }
}
