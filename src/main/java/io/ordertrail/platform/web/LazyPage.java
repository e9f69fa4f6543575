package io.ordertrail.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table backed by a service that pages and counts with one free-text filter: only the rows on
 * screen are ever loaded, however many there are.
 */
public class LazyPage<T> extends LazyDataModel<T> {

    /** Loads one page for a filter text. */
    public interface Loader<T> extends Serializable {
        List<T> page(String filter, int first, int size);
    }

    /** Counts the rows for a filter text. */
    public interface Counter extends Serializable {
        long count(String filter);
    }

    private final Loader<T> loader;
    private final Counter counter;
    private final String filterField;

    public LazyPage(String filterField, Loader<T> loader, Counter counter) {
        this.filterField = filterField;
        this.loader = loader;
        this.counter = counter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count(filterText(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.page(filterText(filterBy), first, pageSize);
    }

    private String filterText(Map<String, FilterMeta> filterBy) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(filterField);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? "" : value.toString();
    }
}
