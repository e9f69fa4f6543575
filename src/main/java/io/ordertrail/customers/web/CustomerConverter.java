package io.ordertrail.customers.web;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lets pages pick a customer: the customer number stands for the customer on the page. */
@Named
@ApplicationScoped
public class CustomerConverter implements Converter<Customer> {

    @Inject
    CustomerDirectory directory;

    @Override
    public Customer getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank()
                ? null
                : directory.byNumber(value.trim()).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Customer customer) {
        return customer == null ? "" : customer.getCustomerNumber();
    }
}
