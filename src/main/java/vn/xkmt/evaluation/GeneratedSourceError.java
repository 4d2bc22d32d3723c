package vn.xkmt.evaluation;

import java.util.Map;

/**
 * A Java compile error in the source the executable model generated from a rule (a method that is
 * not visible, a type that does not fit), placed back on the DRL line the generated line came
 * from. The generated source itself, which Drools reports as a message of its own, is never shown.
 */
final class GeneratedSourceError {

    private static final String SOURCE_MARKER = " in error:";

    private GeneratedSourceError() {
    }

    /** Drools' message that quotes a generated source after its compile errors. */
    static boolean isSourceDump(String message) {
        return message.strip().startsWith("Java source of ") && message.contains(SOURCE_MARKER);
    }

    static String source(String dump) {
        return dump.substring(dump.indexOf(SOURCE_MARKER) + SOURCE_MARKER.length());
    }

    /** @param source the generated source the error is in, or null when Drools did not quote it */
    static RuleProblem locate(RuleSetDefinition def, int generatedLine, String message, String source) {
        String error = EngineWords.both("rules.notCompiled") + ": "
                + message.lines().findFirst().orElse("").strip();
        if (source != null && generatedLine > 0) {
            String[] lines = source.split("\n", -1);
            // the dump starts with a line break after "in error:"
            int offset = lines.length > 0 && lines[0].isBlank() ? 1 : 0;
            if (generatedLine - 1 + offset < lines.length) {
                String code = lines[generatedLine - 1 + offset].strip();
                for (Map.Entry<String, String> f : def.drl().entrySet()) {
                    String[] drl = f.getValue().split("\n", -1);
                    for (int i = 0; i < drl.length && code.length() > 3; i++) {
                        if (drl[i].contains(code)) {
                            return new RuleProblem(def.folder() + "/" + f.getKey(), i + 1, drl[i].indexOf(code) + 1, error);
                        }
                    }
                }
            }
        }
        return new RuleProblem(def.folder(), 0, 0, error);
    }
}
