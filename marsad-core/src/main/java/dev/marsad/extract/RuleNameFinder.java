package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names with rules, beside (or instead of) the trained model, trying at each word in turn:
 * <ul>
 *   <li>{@link NamesakeInstitutions}: an institution or place named after a titled person (مدينة الملك سعود
 *       الطبية، مطار الملك خالد الدولي), one name of the head's type;</li>
 *   <li>{@link Gazetteers}: listed places and organisations, longest match, through proclitics
 *       (وبيونغ يانغ، للبيت الأبيض);</li>
 *   <li>{@link PersonRules}: a person's name after a title or role (الرئيس [الروسي] فلاديمير بوتين, المتحدث باسم
 *       الكرملين دميتري بيسكوف), or after an attribution verb; up to three name words;</li>
 *   <li>{@link AliWithFamilyName}: the given name علي, which folding writes as the preposition على, before a family
 *       name of relation (الناشط علي النعيمي);</li>
 *   <li>{@link OrganisationPattern}: وزارة/وكالة/منظمة/حركة/حزب + the words that follow with the article.</li>
 * </ul>
 * Thread-safe (stateless).
 */
final class RuleNameFinder {
    private RuleNameFinder() {
    }

    static List<NameSpan> find(Words w) {
        // Namesake institutions first and over every word: the person rules start at the word before (قالت مدينة
        // الملك سعود الطبية) and would take the head and the title's person for a speaker's name.
        List<NameSpan> namesakes = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.isWord(i)) {
                int n = NamesakeInstitutions.at(w, i, namesakes);
                i += Math.max(n, 1) - 1;
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i)) {
                continue;
            }
            int gazetteer = Gazetteers.gazetteerAt(w, i, out);
            if (gazetteer > 0) {
                i += gazetteer - 1;
                continue;
            }
            int ali = AliWithFamilyName.at(w, i, out);
            if (ali > 0) {
                i += ali - 1;
                continue;
            }
            int person = PersonRules.personAfterTitle(w, i, out);
            if (person > 0) {
                i += person - 1;
                continue;
            }
            int speaker = PersonRules.personAfterVerb(w, i, out);
            if (speaker > 0) {
                i += speaker - 1;
                continue;
            }
            int org = OrganisationPattern.organisationPattern(w, i, out);
            if (org > 0) {
                i += org - 1;
            }
        }
        if (namesakes.isEmpty()) {
            return out;
        }
        out.removeIf(s -> namesakes.stream().anyMatch(n -> s.start() < n.end() && n.start() < s.end()));
        out.addAll(namesakes);
        out.sort(java.util.Comparator.comparingInt(NameSpan::start));
        return out;
    }
}
