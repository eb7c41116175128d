package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.List;

/**
 * Speakers among the names the tagger found in one article: the first person (else organisation, else place) named
 * in a span of text, written as the article names it most fully ({@link SpeakerChain}), and the names that speak
 * for nobody there (an addressee after ل، a nationality word alone, a head noun alone, a place or group phrase
 * taken for a person, a name after على/عبر/في).
 */
final class EntitySpeakers {
    private final String text;
    /** The article's entities, for look-ups by position and by word (not a scan per quote, issue 12). */
    private final EntitySpans entities;
    private final ExtractionRun run;
    private final SpeakerChain chain;
    /** The names the tagger found that speak for nobody here. */
    private final SpeakerNameFilters filters;

    EntitySpeakers(String text, EntitySpans entities, ExtractionRun run, SpeakerChain chain) {
        this.text = text;
        this.entities = entities;
        this.run = run;
        this.chain = chain;
        this.filters = new SpeakerNameFilters(text, chain);
    }

    /** The names here that speak for nobody (addressees, place phrases, companions). */
    SpeakerNameFilters filters() {
        return filters;
    }

    /** The article's entities. */
    EntitySpans entities() {
        return entities;
    }

    /** Whether the entity a speaker was taken from starts at {@code at} (the body is the first words there). */
    boolean startsAt(Speaker speaker, int at) {
        for (Entity e : entities.startingIn(at, at + 1)) {
            if (e.key().equals(speaker.key()) && e.start() == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker an entity met earlier stands for, named as the article names it most fully: a person's full name,
     * a body's name with its media noun (وكالة رويترز); null for a name that speaks for nobody. {@code as} is what
     * the article shows it to be, whatever the tagger's type (مجموعة "راجيش إكسبورت": a body).
     */
    Speaker referredTo(Entity e, EntityType as) {
        if (filters.isAddressee(e) || filters.notASpeakerName(e)) {
            return null;
        }
        if (as != e.type()) {
            return new Speaker(e.text(), NameKey.of(as, e.text()));
        }
        if (e.type() == EntityType.PERSON) {
            String raw = run.person(e.key()).map(ExtractionRun.Person::name).orElse(e.text());
            return new Speaker(chain.fullPersonName(chain.nameOf(e, raw)), e.key());
        }
        return new Speaker(chain.nameOf(e, SpeakerNameParts.withMediaHead(text, e.start(), e.text())), e.key());
    }

    /**
     * The last organisation before {@code before} that the article writes right after the head noun {@code head}
     * (folded, without the article), or null: شركة إيني → إيني for a later الشركة, the tagger having left the noun out of
     * the name.
     */
    Entity lastOrganizationAfterHead(String head, int before) {
        return lastOrganizationAfterHead(head, before, false);
    }

    /**
     * As {@link #lastOrganizationAfterHead(String, int)}, the noun also written with ل، ب or و when {@code withLetter}
     * (طائرة تابعة لشركة "ريان إير" … وقالت الشركة).
     */
    Entity lastOrganizationAfterHead(String head, int before, boolean withLetter) {
        List<Entity> all = entities.startingIn(0, before);
        for (int i = all.size() - 1; i >= 0; i--) {
            Entity e = all.get(i);
            if (e.type() != EntityType.ORGANIZATION || e.end() > before) {
                continue;
            }
            String written = headWrittenBefore(e);
            if (written != null && (ArabicNormalizer.fold(written).equals(head)
                    || withLetter && HeadNouns.withoutLetter(ArabicNormalizer.fold(written)).equals(head))) {
                return e;
            }
        }
        return null;
    }

    /**
     * An organisation {@link #lastOrganizationAfterHead} found, named as a speaker: an outlet with its media noun, as
     * the article wrote it (صحيفة "نيويورك تايمز" … وذكرت الصحيفة → صحيفة نيويورك تايمز), another body as tagged.
     */
    Speaker outletWithMediaNoun(Entity e) {
        String written = headWrittenBefore(e);
        if (written != null && written.length() > 3 && "لبو".indexOf(written.charAt(0)) >= 0
                && SpeakerWords.MEDIA_HEADS.contains(ArabicNormalizer.fold(written.substring(1)))) {
            // لصحيفة "واشنطن بوست" … وحسب الصحيفة: the noun without the letter it was written with.
            return new Speaker(written.substring(1) + " " + e.text(), e.key());
        }
        return new Speaker(SpeakerNameParts.withMediaHead(text, e.start(), e.text()), e.key());
    }

    /** The word right before {@code e}, over spaces and opening marks; null when none. */
    private String headWrittenBefore(Entity e) {
        int k = e.start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || "\"«“".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        int w = k + 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w <= k ? text.substring(w, k + 1) : null;
    }

    /** The last two different people named before {@code before}, in text order joined with و, or null. */
    Speaker lastTwoPersons(int before) {
        List<Entity> all = entities.startingIn(0, before);
        String second = null;
        String first = null;
        for (int i = all.size() - 1; i >= 0 && first == null; i--) {
            Entity e = all.get(i);
            if (e.type() != EntityType.PERSON || e.end() > before || SpeakerNameFilters.isNationalityWord(e) || filters.notASpeakerName(e) || filters.isAddressee(e)) {
                continue;
            }
            String name = chain.fullPersonName(chain.nameOf(e, e.text()));
            if (second == null) {
                second = name;
            } else if (!ArabicNormalizer.fold(name).equals(ArabicNormalizer.fold(second))) {
                first = name;
            }
        }
        if (first == null) {
            return null;
        }
        String joined = first + " و" + second;
        return new Speaker(joined, NameKey.of(EntityType.PERSON, joined));
    }

    /** The first person named with two words or more in {@code [from, to)}, or null. */
    Speaker fullPersonIn(int from, int to) {
        for (Entity e : entities.startingIn(from, to + 1)) {
            if (e.type() == EntityType.PERSON && e.start() >= from && e.end() <= to && e.text().strip().contains(" ")
                    && !filters.isAddressee(e) && !SpeakerNameFilters.isNationalityWord(e) && !filters.notASpeakerName(e)) {
                return new Speaker(chain.nameOf(e, e.text()), e.key());
            }
        }
        return null;
    }

    /**
     * The person, else body, whose name ends right before {@code at} (spaces, a comma, closing marks or one
     * parenthesis between: ايلون ماسك … (سبيس إكس) الذي): the antecedent of a relative pronoun at {@code at}. A body
     * only when its head noun agrees with the pronoun ({@code feminine}: شركة، وزارة end in ة); null when none.
     */
    Speaker namedRightBefore(int at, boolean feminine) {
        int end = skipBack(at);
        if (end > 0 && text.charAt(end - 1) == ')') {
            int open = text.lastIndexOf('(', end - 1);
            if (open >= 0 && end - open <= 60) {
                end = skipBack(open);
            }
        }
        for (Entity e : entities.startingIn(Math.max(0, end - 120), end)) {
            if (e.end() != end) {
                continue;
            }
            if (e.type() == EntityType.PERSON) {
                return named(e.start(), e.end(), EntityType.PERSON);
            }
            // The head noun: the name's first word, or the head written before the name (شركة سبيس إكس).
            String preceding = ArabicNormalizer.fold(text.substring(Math.max(0, e.start() - 40), e.start()));
            String before = QuoteText.wordBefore(preceding, preceding.length());
            String head = HeadNouns.isHeadNoun(before) ? before : ArabicNormalizer.fold(e.text()).split(" ")[0];
            if (e.type() == EntityType.ORGANIZATION && (head.endsWith("ه") || head.endsWith("ة")) == feminine) {
                return named(e.start(), e.end(), EntityType.ORGANIZATION);
            }
            String document = HeadNouns.isHeadNoun(before)
                    ? QuoteText.wordBefore(preceding, QuoteText.letterRunStart(preceding, preceding.stripTrailing().length()))
                    : before;
            if (e.type() == EntityType.ORGANIZATION && MASCULINE_DOCUMENTS.contains(document)) {
                return named(e.start(), e.end(), EntityType.ORGANIZATION); // تقرير وكالة الطاقة الدولية الذي قال: its maker.
            }
            if (e.type() == EntityType.ORGANIZATION) {
                // ايلون ماسك مؤسس شركة سبيس إكس الذي قال: a body that does not agree with the pronoun completes the
                // title of the person named just before the title.
                int headStart = e.start();
                if (HeadNouns.isHeadNoun(before)) {
                    while (headStart > 0 && Character.isWhitespace(text.charAt(headStart - 1))) {
                        headStart--;
                    }
                    while (headStart > 0 && Character.isLetter(text.charAt(headStart - 1))) {
                        headStart--;
                    }
                }
                Speaker holder = personWithinWordsBefore(headStart, 3);
                if (holder != null) {
                    return holder;
                }
            }
        }
        return null;
    }

    /** Masculine nouns of what a body issues (تقرير وكالة الطاقة الدولية الذي): the pronoun agrees with them. */
    private static final java.util.Set<String> MASCULINE_DOCUMENTS = java.util.Set.of("تقرير", "بيان");

    /** The person whose name ends at most {@code words} words (no sentence mark between) before {@code at}, or null. */
    private Speaker personWithinWordsBefore(int at, int words) {
        int from = Math.max(0, at - 60);
        for (Entity e : entities.startingIn(Math.max(0, at - 160), at)) {
            if (e.type() != EntityType.PERSON || e.end() > at || e.end() < from) {
                continue;
            }
            String gap = text.substring(e.end(), at);
            if (gap.chars().noneMatch(c -> ".؟!:؛()\"«»".indexOf(c) >= 0) && QuoteText.words(gap) <= words
                    && !QuoteText.THAT.matcher(ArabicNormalizer.fold(gap)).find()) {
                return named(e.start(), e.end(), EntityType.PERSON);
            }
        }
        return null;
    }

    /**
     * The person whose name ends right before {@code at}, only spaces and a comma between, as the subject of a speech
     * verb shortly before it (وهو ما أشار إليه ساوثجيت قائلا): the subject of the participle at {@code at} too; null
     * when none.
     */
    Speaker personRightBefore(int at) {
        int end = at;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '،' || text.charAt(end - 1) == ',')) {
            end--;
        }
        for (Entity e : entities.startingIn(Math.max(0, end - 120), end)) {
            if (e.end() == end && e.type() == EntityType.PERSON && afterSpeechVerb(e.start())) {
                return named(e.start(), e.end(), EntityType.PERSON);
            }
        }
        return null;
    }

    /**
     * The person whose name ends right before a verb at {@code at}, only spaces between (وكان وزير النقل بدر باسلمه
     * قال في وقت سابق: "…"), or a comma closing the name set off after its title (وكان العاهل الأردني، الملك عبد الله
     * الثاني، توعد): in the subject-verb order the verb's subject; null when none.
     */
    Speaker personJustBefore(int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        boolean comma = end > 0 && (text.charAt(end - 1) == '،' || text.charAt(end - 1) == ',');
        if (comma) {
            end--;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
        }
        for (Entity e : entities.startingIn(Math.max(0, end - 120), end)) {
            if (e.end() == end && e.type() == EntityType.PERSON && (!comma || setOffAfterTitle(e.start()))) {
                return named(e.start(), e.end(), EntityType.PERSON);
            }
        }
        return null;
    }

    /** Whether a comma stands before {@code start} with at most one title word between (العاهل الأردني، الملك عبد الله). */
    private boolean setOffAfterTitle(int start) {
        String before = text.substring(Math.max(0, start - 30), start).stripTrailing();
        int comma = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','));
        if (comma < 0) {
            return false;
        }
        String between = ArabicNormalizer.fold(before.substring(comma + 1)).strip();
        return between.isEmpty() || Lexicon.TITLES.contains(between) || Lexicon.SPEAKER_TITLES.contains(between);
    }

    /**
     * The author of a text named right before {@code at} (a comma between) with ل after the text's noun: تغريدة للناشط
     * علي النعيمي، جاء فيها; null when none.
     */
    Speaker authorRightBefore(int at) {
        int end = skipBack(at);
        for (Entity e : entities.startingIn(Math.max(0, end - 120), end)) {
            if (e.end() == end && e.type() == EntityType.PERSON) {
                String before = ArabicNormalizer.fold(text.substring(Math.max(0, e.start() - 40), e.start()));
                if (TEXT_OF.matcher(before).find()) {
                    return named(e.start(), e.end(), EntityType.PERSON);
                }
            }
        }
        return null;
    }

    /** A text's noun and ل with what follows up to a name (folded): تغريدة للناشط / مقال ل. */
    private static final java.util.regex.Pattern TEXT_OF = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:تغريده|تغريدات|تدوينه|منشور|مقال|مقاله|رساله)\\s+ل\\p{L}*\\s*$");

    /**
     * The subject of a verb at {@code verbAt} whose clause opens at {@code clauseFrom}: the person right before the
     * verb ({@link #personRightBefore}), else the clause's first person; null when neither, and when the clause opens
     * with a preposition of topic (وعن راموس قال: "…": who is spoken about, not who speaks).
     */
    Speaker subjectBefore(int clauseFrom, int verbAt) {
        java.util.regex.Matcher first = QuoteText.LETTERS.matcher(ArabicNormalizer.fold(text.substring(clauseFrom, verbAt)));
        if (first.find() && TOPIC_PREPOSITIONS.contains(first.group())) {
            return null;
        }
        Speaker adjacent = personRightBefore(verbAt);
        return adjacent != null ? adjacent : named(clauseFrom, verbAt, EntityType.PERSON);
    }

    /**
     * Whether a speech or stance verb, or a preposition with a pronoun (إليه، عنه), stands within the four words before
     * {@code start} in its sentence: the name there is the verb's subject (أعلن الرئيس المصري عبد الفتاح السيسي، أشار
     * إليه ساوثجيت), not a noun's complement (استنكر … تصريحات المالكي، في خدمة الحجاج).
     */
    private boolean afterSpeechVerb(int start) {
        String before = ArabicNormalizer.fold(text.substring(Math.max(0, start - 80), start));
        int sentence = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
        String[] words = before.substring(sentence + 1).strip().split("[\\s،,]+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
            String w = words[i];
            if (Lexicon.isSpeechVerb(w) || SpeakerWords.isStanceVerb(w) || PRONOUN_PREPOSITIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** عن، حول، بشأن (with و): what a clause opening with one names is its topic. */
    private static final java.util.Set<String> TOPIC_PREPOSITIONS = java.util.Set.of("عن", "وعن", "حول", "وحول", "بشان", "وبشان");

    /** إليه، عنه، له: a preposition with a pronoun, after which the verb's subject follows (أشار إليه ساوثجيت). */
    private static final java.util.Set<String> PRONOUN_PREPOSITIONS = java.util.Set.of(
            ArabicNormalizer.fold("إليه"), ArabicNormalizer.fold("إليها"), ArabicNormalizer.fold("عنه"), ArabicNormalizer.fold("عنها"),
            ArabicNormalizer.fold("له"), ArabicNormalizer.fold("لها"));

    /** Whether an entity the tagger found ends at {@code end}. */
    private boolean entityEndsAt(int end) {
        for (Entity e : entities.startingIn(Math.max(0, end - 120), end)) {
            if (e.end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body whose name ends right before {@code at}, only spaces between, and opens its clause (after a full stop,
     * a comma or a conjunction alone: لكن الاتحاد المصري لكرة القدم أعلن أن): the verb's subject, set before it. Not a
     * body inside a phrase (تقرير نشرته صحيفة …، وبرر اليوسف قرار نادي الرياض الأدبي بقوله). Null when none.
     */
    Speaker bodyOpeningClauseBefore(int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (Entity e : entities.startingIn(Math.max(0, end - 120), end)) {
            if (e.end() == end && e.type() == EntityType.ORGANIZATION && opensClause(e.start())) {
                return named(e.start(), e.end(), EntityType.ORGANIZATION);
            }
        }
        return null;
    }

    /** Whether only a conjunction stands between {@code at} and the full stop, comma or paragraph start before it. */
    private boolean opensClause(int at) {
        int from = at;
        while (from > 0 && ".،,:؛\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String before = ArabicNormalizer.fold(text.substring(from, at)).strip();
        return before.isEmpty() || before.equals("و") || SpeakerWords.CLAUSE_CONJUNCTIONS.contains(before);
    }

    private int skipBack(int at) {
        int end = at;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "،,\"»”'".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** Whether a person's name the tagger found covers {@code at}, its first letter included. */
    boolean inPersonName(int at) {
        return anyCovering(at, e -> e.type() == EntityType.PERSON && e.start() <= at);
    }

    /** Whether a name the tagger found covers {@code at} (not only starts there). */
    boolean insideEntity(int at) {
        return anyCovering(at, e -> e.start() < at);
    }

    /** Whether a name ending after {@code at} and starting at most 60 characters before it passes {@code test}. */
    private boolean anyCovering(int at, java.util.function.Predicate<Entity> test) {
        for (Entity e : entities.startingIn(Math.max(0, at - 60), at + 1)) {
            if (at < e.end() && test.test(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first person, else organisation, else place named in {@code [from, to)}. A place speaks only as the
     * verb's subject right after it (وقالت موسكو إن …), not as where someone lives (وقال أحد سكان مراكش).
     */
    Speaker named(int from, int to) {
        int first = from;
        while (first < to && !Character.isLetter(text.charAt(first))) {
            first++;
        }
        for (Entity e : entities.startingIn(first, first + 1)) {
            // أكدت واشنطن أمام سفراء في مجلس الأمن أنه …: a body right after the verb is its subject.
            if (e.start() == first && e.end() <= to && e.type() != EntityType.PERSON && !SpeakerNameFilters.isBareHeadNoun(e)) {
                Speaker body = named(first, e.end(), e.type());
                if (body != null) {
                    return body;
                }
            }
        }
        return named(from, to, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    Speaker named(int from, int to, EntityType... types) {
        // Only entities starting in [from, to] can lie inside it: a binary search, not a scan of the article's.
        List<Entity> inside = entities.startingIn(from, to + 1);
        for (EntityType type : types) {
            for (Entity e : inside) {
                if (e.type() == type && e.start() >= from && e.end() <= to && !filters.isAddressee(e) && !SpeakerNameFilters.isNationalityWord(e)
                        && !SpeakerNameFilters.isBareHeadNoun(e) && !filters.notASpeakerName(e) && !(type == EntityType.PERSON && filters.companionBefore(from, e.start()))
                        && (type != EntityType.LOCATION || text.substring(from, e.start()).isBlank())) {
                    String name = run.person(e.key()).map(ExtractionRun.Person::name).orElse(e.text());
                    if (type == EntityType.PERSON && !name.strip().contains(" ")) {
                        name = withFirstNameAfterTitle(e, name);
                    }
                    if (type == EntityType.PERSON && !name.strip().contains(" ")) {
                        name = chain.withSurnameAfter(e, name); // فيليب فينيه … وأضاف فينيه
                    }
                    if (type == EntityType.PERSON && name.strip().contains(" ")) {
                        String longer = SpeakerNameParts.withLastNamePart(text, e.end(), name); // برايوت تشان أوتشا إنه
                        if (!longer.equals(name) && !endsWithEntity(name, e)) {
                            // وزير الدفاع سمير مقبل أن, the key having joined سمير to سمير جعجع named before: another
                            // man of the same first name, not a third name word for the one before.
                            String own = e.text() + longer.substring(name.length());
                            return new Speaker(own, NameKey.of(EntityType.PERSON, own));
                        }
                        name = longer;
                    }
                    if (type == EntityType.ORGANIZATION) {
                        name = SpeakerNameParts.withMediaHead(text, e.start(), name); // وكالة رويترز
                    }
                    return new Speaker(chain.nameOf(e, name), e.key());
                }
            }
        }
        return null;
    }

    /** Whether the name a person's key stands for ends with the words the tagger found here (not only starts so). */
    private static boolean endsWithEntity(String name, Entity e) {
        return ArabicNormalizer.fold(name.strip()).endsWith(SpeakerNameCleaner.bare(ArabicNormalizer.fold(e.text().strip())));
    }

    /**
     * A one-word name the tagger cut from its first name, after a title (الدكتور مساعد الأحمد → الأحمد): the bare
     * word between the title and the name joins it.
     */
    private String withFirstNameAfterTitle(Entity e, String name) {
        int end = e.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return name;
        }
        String first = ArabicNormalizer.fold(text.substring(start, end));
        int titleEnd = start;
        while (titleEnd > 0 && Character.isWhitespace(text.charAt(titleEnd - 1))) {
            titleEnd--;
        }
        int titleStart = titleEnd;
        while (titleStart > 0 && Character.isLetter(text.charAt(titleStart - 1))) {
            titleStart--;
        }
        String title = ArabicNormalizer.fold(text.substring(titleStart, titleEnd));
        boolean afterTitle = Lexicon.SPEAKER_TITLES.contains(title) || (title.length() > 3 && title.charAt(0) == 'و' && Lexicon.SPEAKER_TITLES.contains(title.substring(1)));
        return afterTitle && SpeakerNameParts.isBareNameWord(first) ? text.substring(start, end) + " " + name : name;
    }

    /** Whether a word in {@code [from, to)} puts what follows inside a body: في، من، لدى، داخل, or ب on a word with the article. */
    private boolean placedIn(int from, int to) {
        java.util.regex.Matcher w = QuoteText.LETTERS.matcher(ArabicNormalizer.fold(text.substring(from, to)));
        while (w.find()) {
            String word = w.group();
            if (word.equals("في") || word.equals("من") || word.equals("لدي") || word.equals("داخل") || word.startsWith("بال")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A named body joined to an unnamed source in one subject (قال برلمانيون من المعارضة ومنهم حزب الشعب الجمهوري،
     * وفق ما أكد مصدر محلي والمرصد السوري): the first organisation in {@code [from, to)} after و written on it or after
     * a joining word ({@code speaker-beside-unnamed-ar.txt}), else null. The labelling rule gives such a quote to the
     * body the article names.
     */
    Speaker bodyBesideUnnamed(int from, int to) {
        for (Entity e : entities.startingIn(from, to + 1)) {
            if (e.type() != EntityType.ORGANIZATION || e.start() < from || e.end() > to || SpeakerNameFilters.isBareHeadNoun(e) || filters.isAddressee(e)) {
                continue;
            }
            // مصدر محلي والمرصد السوري: the body beside the source; مصادر بالمخابرات العسكرية ووزارة الدفاع: a second
            // place the sources are in (after في، من، لدى، داخل or ب), so still unnamed.
            // (Not a body joined to another inside the source's description: مصدر مسؤول بشركة … المنظمة لمباراة … بين
            // فريقي الهلال والنصر: the source's noun and its adjectives are a few words, the body right after them.)
            boolean near = QuoteText.words(text.substring(from, e.start())) <= 4;
            boolean joined = e.start() > 0 && text.charAt(e.start() - 1) == 'و' && !placedIn(from, e.start())
                    && !entityEndsAt(skipBack(e.start() - 1)) && near;
            int end = e.start();
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            String before = ArabicNormalizer.fold(text.substring(start, end));
            int previousEnd = start;
            while (previousEnd > from && Character.isWhitespace(text.charAt(previousEnd - 1))) {
                previousEnd--;
            }
            int previousStart = previousEnd;
            while (previousStart > from && !Character.isWhitespace(text.charAt(previousStart - 1))) {
                previousStart--;
            }
            String twoBefore = ArabicNormalizer.fold(text.substring(previousStart, previousEnd)) + " " + before;
            boolean besideWord = before.equals("و") ? near && !placedIn(from, e.start()) : SpeakerWords.BESIDE_UNNAMED.contains(before);
            if (joined || besideWord || SpeakerWords.BESIDE_UNNAMED.contains(twoBefore)) {
                String name = SpeakerNameParts.withMediaHead(text, e.start(), e.text());
                return new Speaker(chain.nameOf(e, name), e.key());
            }
        }
        return null;
    }
}
