package dev.tandem.web.faces;

import dev.tandem.crm.control.Companies;
import dev.tandem.crm.entity.Company;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.TreeSet;

/** The company list with its search box by name or web domain (a GET form, as the contact list's). */
@Named
@RequestScoped
public class CompaniesBacking {

    static final int SHOWN = 200;

    @Inject
    Companies companies;

    private String query;
    private List<Company> found;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Company> getFound() {
        if (found == null) {
            found = companies.search(query, SHOWN);
        }
        return found;
    }

    /** A company's domains, sorted, as one line. */
    public String domains(Company company) {
        return domainsOf(company);
    }

    static String domainsOf(Company company) {
        return String.join(", ", new TreeSet<>(company.getDomains()));
    }
}
