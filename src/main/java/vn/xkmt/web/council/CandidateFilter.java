package vn.xkmt.web.council;

import java.time.LocalDate;

/** The candidate filter of a meeting's page, as the page shows it back (public for the templates). */
public record CandidateFilter(String verdict, String district, LocalDate from, LocalDate to) {}
