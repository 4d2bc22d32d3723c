package vn.xkmt.evaluation;

import java.util.Map;

/**
 * Defines the (checked and metered) classes compiled from one rule set version, and nothing else;
 * every other name is its parent's.
 */
final class RuleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    /** @param classes class bytes by internal name ({@code xkmt/thanh_hoa/Rules…}) */
    RuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("xkmt-rules", parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/'));
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (classes.containsKey(name.replace('.', '/'))) {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
        return super.loadClass(name, resolve);
    }
}
