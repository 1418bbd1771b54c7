package com.opensylo.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InListsTest {

  @Test
  void sizesArePaddedToAPowerOfTwoSoFewQueryTextsExist() {
    assertThat(InLists.padded(0)).isEqualTo(1);
    assertThat(InLists.padded(1)).isEqualTo(1);
    assertThat(InLists.padded(2)).isEqualTo(2);
    assertThat(InLists.padded(3)).isEqualTo(4);
    assertThat(InLists.padded(256)).isEqualTo(256);
    assertThat(InLists.padded(257)).isEqualTo(512);
    assertThat(InLists.padded(500)).isEqualTo(512);
    assertThat(InLists.parameters("ref", 3)).isEqualTo(":ref0, :ref1, :ref2, :ref3");
    assertThat(InLists.parameters("ref", 1)).isEqualTo(":ref0");
    assertThat(InLists.parameters("ref", 500)).isEqualTo(InLists.parameters("ref", 300));
    assertThatThrownBy(() -> InLists.parameters("ref", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyValueIsBoundAndTheLastFillsThePadding() {
    Map<String, Object> bound = new LinkedHashMap<>();
    Query query = recording(bound);

    assertThat(InLists.bind(query, "ref", List.of("a", "b", "c"))).isSameAs(query);

    assertThat(bound)
        .containsExactly(
            Map.entry("ref0", "a"),
            Map.entry("ref1", "b"),
            Map.entry("ref2", "c"),
            Map.entry("ref3", "c"));
    assertThatThrownBy(() -> InLists.bind(query, "ref", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Query recording(Map<String, Object> bound) {
    return (Query)
        Proxy.newProxyInstance(
            Query.class.getClassLoader(),
            new Class<?>[] {Query.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setParameter")
                  && args.length == 2
                  && args[0] instanceof String name) {
                bound.put(name, args[1]);
                return proxy;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
