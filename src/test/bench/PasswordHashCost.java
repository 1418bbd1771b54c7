import com.opensylo.shared.crypto.PasswordHasher;

/**
 * The cost of one password verification with the product's own {@link PasswordHasher}, on one thread (no server).
 * Run by dashboard-login: java -cp 'target/classes:target/opensylo/WEB-INF/lib/*' src/test/bench/PasswordHashCost.java
 */
public class PasswordHashCost {
  public static void main(String[] args) {
    PasswordHasher hasher = new PasswordHasher();
    String password = "Correct-Horse-Battery-Staple";
    String stored = hasher.hash(password);
    for (int i = 0; i < 3; i++) {
      hasher.matches(password, stored); // warm-up
    }
    int runs = 20;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      if (!hasher.matches(password, stored)) {
        throw new IllegalStateException("the hash does not verify");
      }
    }
    double ms = (System.nanoTime() - start) / 1e6 / runs;
    System.out.printf("Argon2id m=%d KiB t=%d p=%d: %.0f ms per verification on one thread = %.1f/s per core%n",
        PasswordHasher.MEMORY_KIB, PasswordHasher.PASSES, PasswordHasher.LANES, ms, 1000 / ms);
  }
}
