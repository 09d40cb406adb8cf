/**
 * Mention detection: finds where a text names a registry organisation. Plain Java and Lucene analysis;
 * the server wraps it. A missed mention of a designated organisation gets an outlet fined, and a wrong
 * one puts a terrorism footnote on an innocent sentence, so every rule below leans towards asking an
 * editor ({@link io.gloss.detect.Detection#review()}) rather than guessing either way.
 *
 * <h2>Words, not characters</h2>
 * Names and text go through the same {@code NewsAnalyzer}, so whatever makes two spellings equal in one
 * makes them equal in the other: apostrophe look-alikes unified, every dash variant a word break,
 * NFKC with case folding, Latin diacritics folded, possessive and inner apostrophes dropped, the French and
 * Italian elided article cut off ("l'État islamique"), ё read as е, then light stemming: English plurals in
 * English articles (except for words spelt as in a registry name, so that Hama the city never becomes
 * Hamas), and Russian case endings on every Cyrillic word in any article, so a Russian paragraph in an
 * English post is read as Russian. Then the transliteration fold ({@link io.gloss.detect.TransliterationFilter})
 * makes the spellings of one Arabic name by different newsrooms one word (Hezbollah, Hizbollah, Hisbollah;
 * Daesh, Daech). The Arabic article (al/el/ul, аль/эль, and the hyphenated assimilated forms an-, ash-, ad-,
 * ан-, аш- ...) is skipped, so "Jabhat an-Nusra", "al Nusra Front" and "Nusra Front" are the same phrase.
 *
 * <h2>One pass, any registry size</h2>
 * Every name and look-alike is a path in a trie of word ids. Each text token costs one vocabulary lookup
 * and, when the word is in the registry at all, one hash probe per trie step: the registry's size does
 * not enter. Overlaps are settled leftmost-longest; two organisations with the very same name both stay.
 *
 * <h2>What counts</h2>
 * <ul>
 * <li>Names and aliases count, former names count as {@code FORMER_NAME}, and member words and adjectives
 * ("игиловцы", "талибы") count in any case as {@code DERIVED_FORM}. A capitalised name written in lower case
 * ("an Islamic state", "исламское государство") is usually a generic phrase: review. Only its leading word
 * may lose its capital, as a type word does in running text ("легиона «Свобода России»").</li>
 * <li>Abbreviations match only as written, case included, so "is" is never "IS" and "Isis" never "ISIS".
 * They count only with support: the organisation's full name elsewhere in the text, or a trigger word
 * (militants, группировка, боевики ...) within five words. Unsupported ones go to review, and so do
 * those in all-capitals text, where case proves nothing.</li>
 * <li>A look-alike ("Al-Shabab FC", "ISIS Neutron and Muon Source", "вилаят Кавказ") removes every hit
 * it overlaps. Once a text has used an organisation's name for a look-alike, that organisation's other
 * hits in the text go to review: the football report's later "Al-Shabab" is the club. A look-alike that
 * reads exactly as some name (after the fold, Azerbaijani "qayda" is "Qaeda") is dropped: it could only
 * silence the name.</li>
 * </ul>
 * Offsets are Unicode code points into the text; a mention spans its first word to its last, with any
 * article but without a possessive "'s".
 */
package io.gloss.detect;
