package vn.xkmt.evaluation;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class compiled from a rule set so that its code is metered: a call of
 * {@link RuleBudget#tick()} at the start of every method and before every backward jump, so that no
 * loop, recursion or endless chain of calls in rule code escapes its budget. The call takes and
 * leaves nothing on the stack, so stack sizes and frames stay as they were.
 */
final class RuleMeter {

    private static final String BUDGET = Type.getInternalName(RuleBudget.class);

    private RuleMeter() {
    }

    static byte[] meter(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                return mv == null || (access & Opcodes.ACC_ABSTRACT) != 0 ? mv : new Metered(mv);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Metered extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();

        Metered(MethodVisitor mv) {
            super(Opcodes.ASM9, mv);
        }

        private void tick() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            tick();
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                tick();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            if (backward(dflt, labels)) {
                tick();
            }
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            if (backward(dflt, labels)) {
                tick();
            }
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private boolean backward(Label dflt, Label[] labels) {
            if (seen.contains(dflt)) {
                return true;
            }
            for (Label l : labels) {
                if (seen.contains(l)) {
                    return true;
                }
            }
            return false;
        }
    }
}
