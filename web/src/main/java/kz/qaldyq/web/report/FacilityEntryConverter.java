package kz.qaldyq.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.qaldyq.organisation.FacilityEntry;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.web.Messages;

/** A facility picked from the directory travels as its id; used as {@code converter="#{facilityEntryConverter}"}. */
@Named
@ApplicationScoped
public class FacilityEntryConverter implements Converter<FacilityEntry> {

    @Inject
    private OrganisationService organisations;

    @Override
    public FacilityEntry getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return organisations.findFacilityEntry(Long.parseLong(value.strip())).orElseThrow(() -> unknown(value));
        } catch (NumberFormatException e) {
            throw unknown(value);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, FacilityEntry value) {
        return value == null ? "" : String.valueOf(value.id());
    }

    private static ConverterException unknown(String value) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text("general.input.facility.unknown", value), null));
    }
}
