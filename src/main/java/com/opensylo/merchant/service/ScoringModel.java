package com.opensylo.merchant.service;

import com.opensylo.merchant.domain.IngestionErrors;
import com.opensylo.scoring.CreditModel;
import com.opensylo.scoring.scorecard.InvalidScorecardException;
import com.opensylo.scoring.scorecard.ScorecardLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credit model ingestion scores with, built once at start-up from the scorecard file ({@code
 * opensylo.scoring.scorecard}). A file that cannot be read or breaks a scorecard rule leaves the
 * model unavailable: the failure is logged, readiness reports it (the node gets no traffic), and a
 * submission that reaches the node anyway answers 503 rather than scoring with a broken card.
 */
@ApplicationScoped
public class ScoringModel {

  private static final Logger LOG = Logger.getLogger(ScoringModel.class.getName());

  @Inject
  @ConfigProperty(name = "opensylo.scoring.scorecard")
  String resource;

  private volatile Loaded loaded;

  /** The model, or why there is none. */
  record Loaded(String resource, CreditModel model, String failure) {}

  /** Loads at start-up, not at the first submission, so a bad file shows at once. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    failure().ifPresent(f -> LOG.severe("Scoring is unavailable: " + f));
  }

  @PostConstruct
  void load() {
    loaded = load(resource);
  }

  /** The scorecard at {@code resource} on the class path, as a model or a failure. */
  static Loaded load(String resource) {
    try {
      return new Loaded(resource, new CreditModel(ScorecardLoader.fromClassPath(resource)), null);
    } catch (InvalidScorecardException e) {
      LOG.log(Level.FINE, "scorecard refused", e);
      return new Loaded(resource, null, e.getMessage());
    }
  }

  /** For tests and tools: a model loaded from {@code resource}. */
  public static ScoringModel from(String resource) {
    ScoringModel model = new ScoringModel();
    model.resource = resource;
    model.load();
    return model;
  }

  /**
   * The model.
   *
   * @throws com.opensylo.shared.error.RetryLaterException 503 {@code SCORING_UNAVAILABLE} when the
   *     scorecard was refused
   */
  public CreditModel model() {
    CreditModel model = loaded.model();
    if (model == null) {
      throw IngestionErrors.scoringUnavailable();
    }
    return model;
  }

  /**
   * Why the scorecard was refused, naming the file and the broken rule; empty when it is in use.
   */
  public Optional<String> failure() {
    return Optional.ofNullable(loaded.failure());
  }

  /** The scorecard file in use (or refused). */
  public String resource() {
    return loaded.resource();
  }

  /** The model version scores carry; empty when the scorecard was refused. */
  public Optional<String> modelVersion() {
    return Optional.ofNullable(loaded.model()).map(m -> m.scorecard().modelVersion());
  }
}
