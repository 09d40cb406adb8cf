package io.gloss.render;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Reader-facing wording, English by default; {@code messages/wording_ru.properties} holds Russian. Each
 * message is a Qute template, checked at build time. In templates: {@code {wording:sources(2)}}.
 * Designation footnotes read "{names} is/are …": the verb agrees with the number of organisations.
 */
@MessageBundle(value = "wording", locale = "en")
public interface Wording {

    @Message("{names} {#if count == 1}is a terrorist group{#else}are terrorist groups{/if} banned {where}{#if elsewhere} and many other countries{/if}.")
    String terrorist(String names, int count, String where, boolean elsewhere);

    @Message("{names} {#if count == 1}is an extremist organisation{#else}are extremist organisations{/if} banned {where}{#if elsewhere} and many other countries{/if}.")
    String extremist(String names, int count, String where, boolean elsewhere);

    @Message("{names} {#if count == 1}is an undesirable organisation{#else}are undesirable organisations{/if} {where}.")
    String undesirable(String names, int count, String where, boolean elsewhere);

    @Message("{names} {#if count == 1}is designated a foreign agent{#else}are designated foreign agents{/if} {where}.")
    String foreignAgent(String names, int count, String where, boolean elsewhere);

    /** Brands of a designated owner; the category says what the owner is banned as. */
    @Message("""
            {names} {#if count == 1}belongs{#else}belong{/if} to {owner}, banned {where} as \
            {#when category}\
            {#is 'TERRORIST'}a terrorist organisation\
            {#is 'UNDESIRABLE'}an undesirable organisation\
            {#is 'FOREIGN_AGENT'}a foreign agent\
            {#else}extremist\
            {/when}.""")
    String brands(String names, int count, String owner, String category, String where);

    /** Where a designation applies, as the footnote's sentence needs it. */
    @Message("""
            {#when jurisdiction}\
            {#is 'RU'}in Russia\
            {#is 'US'}in the United States\
            {#is 'GB'}in the United Kingdom\
            {#is 'EU'}in the European Union\
            {#is 'UN'}under UN Security Council sanctions\
            {#is 'KZ'}in Kazakhstan\
            {#is 'BY'}in Belarus\
            {#is 'UA'}in Ukraine\
            {#is 'CA'}in Canada\
            {#is 'AU'}in Australia\
            {#is 'TR'}in Turkey\
            {#else}in {jurisdiction}\
            {/when}""")
    String where(String jurisdiction);

    @Message("{#if count == 1}Source{#else}Sources{/if}")
    String sources(int count);

    @Message("Notes")
    String notes();

    @Message("""
            {#when relation}\
            {#is 'BACKGROUND'}Background\
            {#is 'FOLLOW_UP'}Follow-up\
            {#is 'DENIAL'}Denial\
            {#is 'CORRECTION'}Correction\
            {#else}Related\
            {/when}""")
    String relation(String relation);

    @Message("Back to the text")
    String backToText();

    @Message("Footnote")
    String footnoteLink();
}
