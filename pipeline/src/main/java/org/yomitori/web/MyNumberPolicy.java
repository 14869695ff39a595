package org.yomitori.web;

import java.util.List;
import org.yomitori.auth.Role;

/** Which roles see My Numbers (個人番号) unmasked: admins always, others when yomitori.review.my-number-roles names them. */
record MyNumberPolicy(List<String> roles) {
    MyNumberPolicy {
        roles = List.copyOf(roles);
    }

    boolean allowed(Role role) {
        return role == Role.ADMIN || roles.contains(role.id());
    }
}
