package io.gloss.render;

/**
 * One output form of an embed (see {@link Output}): each form has its own presenter, as hypothesis/h
 * keeps one per format, and all of them start from the same {@link Composition}.
 */
interface OutputPresenter {

    Output output();

    String present(Composition composition);
}
