package io.gloss.detect;

/** Why the detector reports a mention, or why it leaves it to an editor. Shown to editors as is. */
public enum MatchReason {
    /** A primary name or alias, in any case or inflection. */
    NAME,
    FORMER_NAME,
    /** A word for members, or an adjective, that names the organisation ("игиловцы", "талибы"). */
    DERIVED_FORM,
    /** An abbreviation in a text that also names the organisation in full. */
    ABBREVIATION_WITH_FULL_NAME,
    /** An abbreviation next to a word such as "militants" or "группировка". */
    ABBREVIATION_WITH_TRIGGER,
    /** Review: an abbreviation with nothing around it to say it is the organisation. */
    ABBREVIATION_UNSUPPORTED,
    /** Review: an abbreviation inside all-capitals text, where case says nothing ("WHY IS THE GROUP..."). */
    ABBREVIATION_IN_CAPITALS,
    /** Review: a capitalised name written in lower case, usually a generic phrase ("an Islamic state"). */
    NAME_IN_LOWER_CASE,
    /** Review: the same text uses one of the organisation's names for a look-alike, e.g. a football club. */
    LOOK_ALIKE_IN_TEXT
}
