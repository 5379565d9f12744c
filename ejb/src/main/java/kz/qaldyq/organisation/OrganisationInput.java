package kz.qaldyq.organisation;

import java.util.Set;
import kz.qaldyq.platform.LocalizedText;

/** What a user enters for an organisation; the BIN is checked by {@link Bin#of(String)}. */
public record OrganisationInput(String bin, String nameKk, String nameRu, String nameEn, String katoCode, String address,
                                Set<Activity> activities) {

    LocalizedText name() {
        return new LocalizedText(nameKk, nameRu, nameEn);
    }
}
