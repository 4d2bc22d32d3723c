package vn.xkmt.evaluation;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the classes Drools generated from a rule set against the {@link RuleAllowlist}: every
 * type, method, constructor, field, lambda target and invokedynamic bootstrap the bytecode names.
 * A member is checked where it is declared ({@code $p.getClass()} is {@code Object.getClass}, and
 * {@code $p.wait()} is {@code Object.wait}, whatever the receiver's type). Arrays may be made only
 * with a small constant length; {@code synchronized} and native methods are refused. This decides
 * on the compiled form, so no spelling of a name in the DRL text (escapes, literals, comments,
 * strings built at run time) changes the outcome.
 */
final class RuleBytecodeCheck {

    /** The largest array a rule may make (varargs of generated calls are a handful of elements). */
    static final int MAX_ARRAY = 256;

    /** A use the allowlist refuses: which generated class and method, and what it names. */
    record Violation(String className, String methodName, String owner, String member, String what) {

        /** The name as a reader of the DRL knows it: {@code java.lang.System.exit}. */
        String shown() {
            String type = owner.replace('/', '.');
            return member == null ? type : type + "." + member;
        }
    }

    private final RuleAllowlist allowlist;
    private final Map<String, byte[]> generated;
    private final ClassLoader loader;
    private final Map<String, String> generatedSupers = new HashMap<>();

    RuleBytecodeCheck(RuleAllowlist allowlist, Map<String, byte[]> generated, ClassLoader loader) {
        this.allowlist = allowlist;
        this.generated = generated;
        this.loader = loader;
        generated.forEach((name, bytes) -> generatedSupers.put(name, new ClassReader(bytes).getSuperName()));
    }

    /** Every refused use in the generated classes, in class order, each once. */
    List<Violation> check() {
        Set<Violation> out = new LinkedHashSet<>();
        generated.forEach((name, bytes) -> new ClassReader(bytes).accept(new Checker(name, out), ClassReader.SKIP_FRAMES));
        return new ArrayList<>(out);
    }

    private boolean isGenerated(String internal) {
        return generated.containsKey(internal);
    }

    private final class Checker extends ClassVisitor {
        private final String className;
        private final Set<Violation> out;
        private String superName;

        Checker(String className, Set<Violation> out) {
            super(Opcodes.ASM9);
            this.className = className;
            this.out = out;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.superName = superName;
            if (superName != null) {
                type(superName, "<class>", "super type");
            }
            if (interfaces != null) {
                for (String i : interfaces) {
                    type(i, "<class>", "interface");
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                out.add(new Violation(className, name, className, name, "native"));
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                out.add(new Violation(className, name, "synchronized", null, "synchronized"));
            }
            boolean enumValues = "java/lang/Enum".equals(superName) && "values".equals(name)
                    && descriptor.equals("()[L" + className + ";");
            return new MethodChecker(name, enumValues);
        }

        private void type(String internal, String method, String what) {
            String t = elementType(internal);
            if (t != null && !isGenerated(t) && !allowlist.allowsType(t)) {
                out.add(new Violation(className, method, t, null, what));
            }
        }

        private void member(String owner, String name, String descriptor, boolean field, String method) {
            String o = elementType(owner);
            if (o == null) {
                return; // a method of an array type: clone(), length
            }
            String declaring = declaring(o, name, descriptor, field);
            if (declaring == null) {
                out.add(new Violation(className, method, o, name, "unknown"));
            } else if (!isGenerated(declaring) && !allowlist.allowsMember(declaring, name, descriptor)) {
                out.add(new Violation(className, method, declaring, name, field ? "field" : "method"));
            }
        }

        private final class MethodChecker extends MethodVisitor {
            private final String method;
            /** The int constant pushed by the previous instruction, or null. */
            private Integer constant;
            /** An enum's values(), as the compiler writes it: a copy of the constants, as long as they are. */
            private final boolean enumValues;

            MethodChecker(String method, boolean enumValues) {
                super(Opcodes.ASM9);
                this.method = method;
                this.enumValues = enumValues;
            }

            private void array() {
                if (enumValues) {
                    return;
                }
                if (constant == null || constant < 0 || constant > MAX_ARRAY) {
                    out.add(new Violation(className, method, "array", null, "array"));
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                    out.add(new Violation(className, method, "synchronized", null, "synchronized"));
                }
                constant = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? opcode - Opcodes.ICONST_0 : null;
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                if (opcode == Opcodes.NEWARRAY) {
                    array();
                    constant = null;
                } else {
                    constant = operand; // BIPUSH, SIPUSH
                }
            }

            @Override
            public void visitVarInsn(int opcode, int varIndex) {
                constant = null;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.ANEWARRAY) {
                    array();
                }
                type(type, method, "type");
                constant = null;
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                member(owner, name, descriptor, true, method);
                constant = null;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                member(owner, name, descriptor, false, method);
                constant = null;
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                if (!allowlist.allowsBootstrap(bsm.getOwner(), bsm.getName())) {
                    out.add(new Violation(className, method, bsm.getOwner(), bsm.getName(), "bootstrap"));
                }
                for (Object a : args) {
                    constant(a);
                }
                constant = null;
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value);
                constant = value instanceof Integer i ? i : null;
            }

            private void constant(Object value) {
                if (value instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
                    type(t.getInternalName(), method, "class literal");
                } else if (value instanceof Handle h) {
                    member(h.getOwner(), h.getName(), h.getDesc(), h.getTag() <= Opcodes.H_PUTSTATIC, method);
                } else if (value instanceof ConstantDynamic c) {
                    out.add(new Violation(className, method, "constant-dynamic", c.getName(), "constant"));
                }
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                out.add(new Violation(className, method, "array", null, "array"));
                constant = null;
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                constant = null;
            }

            @Override
            public void visitLabel(Label label) {
                constant = null;
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    type(type, method, "exception type");
                }
            }
        }
    }

    /** The element type of an internal name or array descriptor; null for primitive arrays. */
    private static String elementType(String internal) {
        if (!internal.startsWith("[")) {
            return internal;
        }
        Type t = Type.getType(internal).getElementType();
        return t.getSort() == Type.OBJECT ? t.getInternalName() : null;
    }

    /** The type that declares the member, walking super types; null when none does. */
    private String declaring(String owner, String name, String descriptor, boolean field) {
        if (isGenerated(owner)) {
            if (declares(generated.get(owner), name, descriptor, field)) {
                return owner;
            }
            String sup = generatedSupers.get(owner);
            return sup == null || "<init>".equals(name) ? owner : declaring(sup, name, descriptor, field);
        }
        Class<?> c;
        try {
            c = Class.forName(owner.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        Class<?> d = field ? declaringField(c, name) : declaringMethod(c, name, descriptor);
        return d == null ? null : Type.getInternalName(d);
    }

    private static boolean declares(byte[] bytes, String name, String descriptor, boolean field) {
        boolean[] found = {false};
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String n, String d, String s, Object v) {
                found[0] |= field && n.equals(name);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String s, String[] e) {
                found[0] |= !field && n.equals(name) && d.equals(descriptor);
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return found[0];
    }

    private static Class<?> declaringField(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return k;
                }
            }
            for (Class<?> i : k.getInterfaces()) {
                Class<?> d = declaringField(i, name);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Class<?> declaringMethod(Class<?> c, String name, String descriptor) {
        if ("<init>".equals(name)) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Type.getConstructorDescriptor(k).equals(descriptor)) {
                    return c;
                }
            }
            return null;
        }
        if ("<clinit>".equals(name)) {
            return null;
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                    return k;
                }
            }
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                Class<?> d = declaringMethod(i, name, descriptor);
                if (d != null) {
                    return d;
                }
            }
        }
        if (c.isInterface()) {
            return declaringMethod(Object.class, name, descriptor);
        }
        return null;
    }
}
