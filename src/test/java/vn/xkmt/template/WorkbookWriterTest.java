package vn.xkmt.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.commune.Treatment;

class WorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesLabelsBooleansDatesAndNumbersAsATeamWouldTypeThem() throws Exception {
        Path file = dir.resolve("x.xlsx");
        Map<String, Object> person = new HashMap<>();
        person.put("commune_code", "02683");
        person.put("person_id", "NN-001");
        person.put("full_name", "Giàng A Páo");
        person.put("birth_year", 1988);
        person.put("category", Category.ADDICT);
        person.put("residence", Residence.WHEREABOUTS_UNKNOWN);
        person.put("treatment", Treatment.VOLUNTARY_COMMUNITY);
        person.put("has_profile", true);
        person.put("supervised", false);
        person.put("last_test_date", LocalDate.of(2024, 2, 29));
        person.put("note", null);
        try (WorkbookWriter w = new WorkbookWriter()) {
            w.sheet(DataContract.PERSONS).row(person).row(Map.of("commune_code", "02683", "person_id", "SD-001"));
            w.write(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("Nguoi");
            assertThat(s.getLastRowNum()).isEqualTo(2);
            Row r = s.getRow(1);
            assertThat(cell(r, "commune_code").getStringCellValue()).isEqualTo("02683");
            assertThat(cell(r, "birth_year").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(r, "birth_year").getNumericCellValue()).isEqualTo(1988);
            assertThat(cell(r, "category").getStringCellValue()).isEqualTo("Nghiện");
            assertThat(cell(r, "residence").getStringCellValue()).isEqualTo("Không rõ nơi ở");
            assertThat(cell(r, "treatment").getStringCellValue()).isEqualTo("Tự nguyện tại gia đình, cộng đồng");
            assertThat(cell(r, "has_profile").getStringCellValue()).isEqualTo("Có");
            assertThat(cell(r, "supervised").getStringCellValue()).isEqualTo("Không");
            Cell date = cell(r, "last_test_date");
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(cell(r, "psychosis")).as("a key left out stays blank").isNull();
            assertThat(cell(r, "note")).as("a null value stays blank").isNull();
            assertThat(cell(s.getRow(2), "category")).isNull();
        }
    }

    @Test
    void aStringIsWrittenAsTypedInAnyColumn() throws Exception {
        Path file = dir.resolve("raw.xlsx");
        try (WorkbookWriter w = WorkbookWriter.withoutReservedSheets()) {
            w.sheet(DataContract.PERSONS).row(Map.of("category", "ADDICT", "last_test_date", "31/02/2024",
                    "psychosis", "x"));
            w.write(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Row r = wb.getSheet("Nguoi").getRow(1);
            assertThat(cell(r, "category").getStringCellValue()).isEqualTo("ADDICT");
            assertThat(cell(r, "last_test_date").getStringCellValue()).isEqualTo("31/02/2024");
            assertThat(cell(r, "psychosis").getStringCellValue()).isEqualTo("x");
        }
    }

    @Test
    void rejectsUnknownKeysAndValuesTheColumnCannotHold() {
        try (WorkbookWriter w = new WorkbookWriter()) {
            TemplateSheet persons = w.sheet(DataContract.PERSONS);
            assertThatThrownBy(() -> persons.row(Map.of("persn_id", "NN-1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("persn_id");
            assertThatThrownBy(() -> persons.row(Map.of("category", Residence.PRESENT)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
            assertThatThrownBy(() -> persons.row(Map.of("last_test_date", 45000)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> persons.row(Map.of("has_profile", 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void holdsOnlyTheSheetsAskedForInContractOrder() throws Exception {
        Path file = dir.resolve("order.xlsx");
        try (WorkbookWriter w = new WorkbookWriter()) {
            w.sheet(DataContract.MODELS);
            w.sheet(DataContract.COMMUNES).row(Map.of("commune_code", "X1"));
            w.write(file);
        }
        assertThat(sheetNames(file)).containsExactly("HuongDan", "Xa", "MoHinh", "DanhMuc");

        Path annual = dir.resolve("annual.xlsx");
        try (WorkbookWriter w = WorkbookWriter.withoutReservedSheets()) {
            w.sheet(DataContract.ANNUAL_REPORTS).row(Map.of("unit_code", "TV", "year", 2023));
            w.write(annual);
        }
        assertThat(sheetNames(annual)).containsExactly("BaoCaoNam");
    }

    @Test
    void streamsManyRows() throws Exception {
        Path file = dir.resolve("many.xlsx");
        try (WorkbookWriter w = new WorkbookWriter()) {
            TemplateSheet p = w.sheet(DataContract.PERSONS);
            for (int i = 0; i < 20_000; i++) {
                p.row(Map.of("commune_code", "X" + (i / 100), "person_id", "NN-" + i, "category", Category.USER));
            }
            assertThat(p.rowCount()).isEqualTo(20_000);
            w.write(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("Nguoi").getLastRowNum()).isEqualTo(20_000);
            assertThat(wb.getSheet("Nguoi").getRow(20_000).getCell(1).getStringCellValue()).isEqualTo("NN-19999");
        }
    }

    @Test
    void withAFixedCreationTimeTheSameRowsGiveTheSameBytes() throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path file = dir.resolve("same-" + i + ".xlsx");
            try (WorkbookWriter w = new WorkbookWriter().createdAt(java.time.Instant.parse("2025-01-01T00:00:00Z"))) {
                w.sheet(DataContract.ANNUAL_REPORTS).row(Map.of("unit_code", "TV-CL", "unit_name", "Càng Long"));
                w.sheet(DataContract.COMMUNES).row(Map.of("commune_code", "02683", "commune_name", "Y Tý"));
                w.write(file);
            }
            files.add(Files.readAllBytes(file));
        }
        for (byte[] f : files) {
            assertThat(f).isEqualTo(files.get(0));
        }
    }

    @Test
    void aWrittenWriterCannotBeReused() throws Exception {
        WorkbookWriter w = new WorkbookWriter();
        w.write(dir.resolve("once.xlsx"));
        assertThatThrownBy(() -> w.sheet(DataContract.COMMUNES)).isInstanceOf(IllegalStateException.class);
        w.close();
    }

    private static Cell cell(Row r, String key) {
        SheetSpec spec = DataContract.PERSONS;
        return r.getCell(spec.columns().indexOf(spec.column(key).orElseThrow()));
    }

    private static List<String> sheetNames(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.forEach(s -> names.add(s.getSheetName()));
        }
        return names;
    }
}
