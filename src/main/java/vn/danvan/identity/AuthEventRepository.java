package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The sign-in log, written by AuthEvents. */
@ApplicationScoped
public class AuthEventRepository implements PanacheRepositoryBase<AuthEvent, Long> {
}
