package vn.xkmt.web.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.xkmt.web.Provinces;

/**
 * A signed-in user: roles and the provinces they work for. Provinces are kept as given (slugs such
 * as {@code thanh-hoa}) and as normalised keys, which is how rows are matched to them.
 */
public final class XkmtUser implements UserDetails, CredentialsContainer {

    private final String username;
    private String password;
    private final boolean enabled;
    private final Set<Role> roles;
    private final Set<String> provinces;
    private final Set<String> provinceKeys;

    public XkmtUser(String username, String password, boolean enabled, Collection<Role> roles,
                    Collection<String> provinces) {
        this.username = username;
        this.password = password;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
        this.provinces = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(provinces));
        this.provinceKeys = provinces.stream().map(Provinces::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Appraisers and admins upload workbooks. */
    public boolean canUpload() {
        return has(Role.APPRAISER) || isAdmin();
    }

    /** Whether this user works for the province with this normalised key. */
    public boolean covers(String provinceKey) {
        return isAdmin() || provinceKeys.contains(provinceKey);
    }

    /** Whether this user works for every one of these provinces. */
    public boolean coversAll(Collection<String> keys) {
        return isAdmin() || provinceKeys.containsAll(keys);
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The provinces as stored (slugs), sorted. */
    public Set<String> provinces() {
        return provinces;
    }

    public Set<String> provinceKeys() {
        return provinceKeys;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XkmtUser u && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
