package vn.xkmt.commune;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything read from one workbook: its rows by sheet, which member sheets it has, and every
 * error and warning found while reading. A workbook that could not be read at all has no rows and
 * one error.
 *
 * @param presentSheets contract names ({@code Xa}, {@code Nguoi}, {@code Thon}, {@code MoHinh},
 *                      {@code BaoCaoNam}) of the sheets found
 * @param sha256        hex SHA-256 of the file's bytes (null when the file could not be read)
 * @param lostRows      rows that were there but could not be read or told apart, with what they may affect
 */
public record Dataset(String file, String sha256, List<Commune> communes, List<Person> persons,
                      List<Village> villages, List<AntiDrugModel> models, List<AnnualReport> annualReports,
                      Set<String> presentSheets, List<DataProblem> problems, List<LostRows> lostRows) {

    public Dataset {
        communes = List.copyOf(communes);
        persons = List.copyOf(persons);
        villages = List.copyOf(villages);
        models = List.copyOf(models);
        annualReports = List.copyOf(annualReports);
        presentSheets = Set.copyOf(presentSheets);
        problems = List.copyOf(problems);
        lostRows = List.copyOf(lostRows);
    }

    /** A dataset in which no row was lost. */
    public Dataset(String file, String sha256, List<Commune> communes, List<Person> persons, List<Village> villages,
                   List<AntiDrugModel> models, List<AnnualReport> annualReports, Set<String> presentSheets,
                   List<DataProblem> problems) {
        this(file, sha256, communes, persons, villages, models, annualReports, presentSheets, problems, List.of());
    }

    /** The lost rows that may belong to the commune of that code. */
    public List<LostRows> lostRowsOf(String communeCode) {
        return lostRows.stream().filter(l -> l.concerns(communeCode)).toList();
    }

    /** A workbook that could not be read: no rows, one error. */
    public static Dataset unreadable(String file, String sha256, DataProblem error) {
        return new Dataset(file, sha256, List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(error));
    }

    public List<DataProblem> errors() {
        return problems.stream().filter(DataProblem::isError).toList();
    }

    public List<DataProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The persons, villages and models of one commune, in sheet order. */
    public List<Fact> membersOf(String communeCode) {
        List<Fact> out = new ArrayList<>();
        persons.stream().filter(p -> communeCode.equals(p.getCommuneCode())).forEach(out::add);
        villages.stream().filter(v -> communeCode.equals(v.getCommuneCode())).forEach(out::add);
        models.stream().filter(m -> communeCode.equals(m.getCommuneCode())).forEach(out::add);
        return out;
    }
}
