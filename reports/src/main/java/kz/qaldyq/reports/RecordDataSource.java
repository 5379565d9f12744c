package kz.qaldyq.reports;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Serves a list of records to a template, each field read from the record component of the same name. JasperReports'
 * bean data source expects {@code getX()} accessors, which records do not have.
 */
final class RecordDataSource implements JRRewindableDataSource {

    private final List<? extends Record> rows;
    private final Map<Class<?>, Map<String, MethodHandle>> accessors = new HashMap<>();
    private Iterator<? extends Record> iterator;
    private Record current;

    RecordDataSource(List<? extends Record> rows) {
        this.rows = rows;
        this.iterator = rows.iterator();
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            current = null;
            return false;
        }
        current = iterator.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        MethodHandle accessor = accessorsOf(current.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("template field '" + field.getName() + "' is no component of "
                    + current.getClass().getName());
        }
        try {
            return accessor.invoke(current);
        } catch (Throwable e) {
            throw new JRException("cannot read '" + field.getName() + "' of " + current.getClass().getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
        current = null;
    }

    private Map<String, MethodHandle> accessorsOf(Class<?> type) throws JRException {
        Map<String, MethodHandle> byName = accessors.get(type);
        if (byName == null) {
            byName = new HashMap<>();
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (RecordComponent component : type.getRecordComponents()) {
                    byName.put(component.getName(), lookup.unreflect(component.getAccessor()));
                }
            } catch (IllegalAccessException e) {
                throw new JRException("cannot read the components of " + type.getName(), e);
            }
            accessors.put(type, byName);
        }
        return byName;
    }
}
