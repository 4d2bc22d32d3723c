package vn.xkmt.web.evaluation;

/** A province: its normalised key ({@code thanhhoa}), slug ({@code thanh-hoa}) and name ({@code Thanh Hóa}). */
public record Province(String key, String slug, String name) {}
