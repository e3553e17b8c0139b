package dev.tandem.crm.boundary;

import dev.tandem.crm.entity.Company;
import java.util.List;

/** A company as the API shows it. */
public record CompanyView(long id, String name, List<String> domains) {

    static CompanyView of(Company company) {
        return new CompanyView(company.getId(), company.getName(), company.getDomains().stream().sorted().toList());
    }
}
