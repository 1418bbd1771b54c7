package com.opensylo.shared.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * The traversable resolver of the application's Bean Validation (META-INF/validation.xml): every
 * property is validated and cascaded. What the application validates are request bodies, records
 * read from JSON, never JPA entities (Hibernate validates those with its own resolver). The default
 * resolver asks Jakarta Persistence, for every property of every validated object, whether it is
 * loaded, which inside Liberty enumerates the persistence providers each time: 40 % of the
 * validation of a repayment webhook's body, for an answer that is always yes.
 */
public class EveryPropertyReachable implements TraversableResolver {

  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}
