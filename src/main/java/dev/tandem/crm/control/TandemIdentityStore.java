package dev.tandem.crm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks user names and passwords against the user table, for the API (HTTP Basic) and the web UI (form login)
 * alike. Unknown users and wrong passwords look the same to the caller.
 */
@ApplicationScoped
public class TandemIdentityStore implements IdentityStore {

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing passwords;

    @Inject
    VerifiedCredentialsCache verified;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String password = login.getPasswordAsString();
        return users.findByUsername(username)
                .filter(user -> verified.isVerified(username, password) || checkAndRemember(user, password))
                .map(user -> new CredentialValidationResult(user.getUsername(),
                        users.findRoles(user.getUsername()).orElse(Set.of())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private boolean checkAndRemember(dev.tandem.crm.entity.AppUser user, String password) {
        boolean ok = passwords.matches(password, user.getPasswordHash());
        if (ok) {
            verified.remember(user.getUsername(), password);
        }
        return ok;
    }
}
