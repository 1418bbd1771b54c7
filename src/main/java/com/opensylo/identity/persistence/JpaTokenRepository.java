package com.opensylo.identity.persistence;

import com.opensylo.identity.domain.AuthorizationCode;
import com.opensylo.identity.domain.AuthorizationRequest;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.identity.domain.RefreshToken;
import com.opensylo.identity.domain.RevokedAccessToken;
import com.opensylo.identity.domain.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@link TokenRepository} on JPA. */
@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void addAuthorizationRequest(AuthorizationRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<AuthorizationRequest> findAuthorizationRequest(UUID id) {
    return Optional.ofNullable(em.find(AuthorizationRequest.class, id));
  }

  @Override
  public Optional<AuthorizationRequest> lockAuthorizationRequest(UUID id) {
    return Optional.ofNullable(
        em.find(AuthorizationRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void addCode(AuthorizationCode code) {
    em.persist(code);
  }

  @Override
  public Optional<AuthorizationCode> findCodeForUpdate(String codeHash) {
    return Optional.ofNullable(
        em.find(AuthorizationCode.class, codeHash, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void addGrant(OAuthGrant grant) {
    em.persist(grant);
  }

  @Override
  public Optional<OAuthGrant> findGrant(UUID id) {
    return Optional.ofNullable(em.find(OAuthGrant.class, id));
  }

  @Override
  public void addRefreshToken(RefreshToken token) {
    em.persist(token);
  }

  @Override
  public Optional<RefreshToken> findRefreshToken(String tokenHash) {
    return Optional.ofNullable(em.find(RefreshToken.class, tokenHash));
  }

  @Override
  public Optional<RefreshToken> findRefreshTokenForUpdate(String tokenHash) {
    return Optional.ofNullable(
        em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void revokeGrant(UUID grantId, Instant now) {
    findGrant(grantId).ifPresent(g -> g.revoke(now));
    em.createQuery(
            "update RefreshToken t set t.revokedAt = :now where t.grantId = :g and t.revokedAt is null")
        .setParameter("now", now)
        .setParameter("g", grantId)
        .executeUpdate();
  }

  @Override
  public void addRevokedAccessToken(RevokedAccessToken revoked) {
    if (em.find(RevokedAccessToken.class, revoked.jti()) == null) {
      em.persist(revoked);
    }
  }

  @Override
  public boolean isAccessTokenRevoked(String jti) {
    return em.find(RevokedAccessToken.class, jti) != null;
  }
}
