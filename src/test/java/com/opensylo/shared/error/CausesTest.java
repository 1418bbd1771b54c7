package com.opensylo.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The cause chain the error mappers read: outermost first, bounded, never endless. */
class CausesTest {

  @Test
  void theChainIsOutermostFirstAndFollowsAnSqlExceptionsNextException() {
    SQLException batch = new SQLException("batch failed", "HY000");
    SQLException first = new SQLException("Duplicate entry", "23000", 1062);
    batch.setNextException(first);
    PersistenceException wrapper = new PersistenceException(batch);
    assertThat(Causes.of(wrapper)).containsExactly(wrapper, batch, first);
    assertThat(Causes.find(wrapper, SQLException.class)).containsSame(batch);
    assertThat(Causes.find(wrapper, IllegalStateException.class)).isEmpty();
  }

  @Test
  void aLoopOfTwoCausesEnds() {
    // initCause refuses only the exception itself, so a loop of two can be built; reading it
    // must still end
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(Causes.of(a)).containsExactly(a, b);
    assertThat(Causes.find(a, IllegalStateException.class)).isEmpty();
  }

  @Test
  void aVeryDeepChainIsCutOff() {
    Throwable t = new IllegalStateException("root");
    for (int i = 0; i < 500; i++) {
      t = new RuntimeException("wrap " + i, t);
    }
    assertThat(Causes.of(t)).hasSize(64);
    assertThat(Causes.of(null)).isEmpty();
  }
}
