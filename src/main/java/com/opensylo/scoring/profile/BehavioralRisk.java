package com.opensylo.scoring.profile;

/** SPEC §6 {@code behavioralRisk}: what subtracts a penalty and raises risk flags. */
public record BehavioralRisk(
    int accountSuspensions,
    boolean hasFraudFlags,
    boolean hasSuddenGmvSpikes,
    boolean hasLinkedAccounts) {

  public BehavioralRisk {
    Checks.count(accountSuspensions, "accountSuspensions");
  }
}
