package vn.xkmt.web.council;

/** A verdict code the candidates can be filtered by, with its default label (public for the templates). */
public record VerdictOption(String code, String label) {}
