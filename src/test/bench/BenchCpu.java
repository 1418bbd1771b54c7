import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CPU accounting shared by the Java benchmark clients (compiled with each of them by its script). Per item, CPU time
 * says more about a change than items/s on a shared two-core machine whose steal time varies from run to run, and
 * where the benchmark's own client takes its share of the same cores.
 */
final class BenchCpu {

  private BenchCpu() {}

  /**
   * CPU time used so far (clock ticks, user + system) by each process of BENCH_CPU_PIDS ("name=pid ..."), by this
   * client ("client"), and the machine's ticks stolen by the hypervisor ("steal"), idle ("idle"), waiting for I/O
   * ("iowait") and in all ("all") from /proc/stat.
   */
  static Map<String, Long> ticks() throws IOException {
    Map<String, Long> ticks = new TreeMap<>();
    String spec = System.getenv().getOrDefault("BENCH_CPU_PIDS", "").trim();
    for (String named : spec.isEmpty() ? new String[0] : spec.split("\\s+")) {
      String[] nameAndPid = named.split("=", 2);
      ticks.put(nameAndPid[0], processTicks(nameAndPid[1]));
    }
    ticks.put("client", processTicks(Long.toString(ProcessHandle.current().pid())));
    String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    long all = 0;
    for (int i = 1; i < cpu.length && i <= 8; i++) {
      all += Long.parseLong(cpu[i]);
    }
    ticks.put("idle", Long.parseLong(cpu[4]));
    ticks.put("iowait", Long.parseLong(cpu[5]));
    ticks.put("steal", Long.parseLong(cpu[8]));
    ticks.put("all", all);
    return ticks;
  }

  private static long processTicks(String pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", pid, "stat"));
    // fields after the parenthesised command name: state is field 3, utime 14, stime 15
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /**
   * Microseconds of CPU per item ({@code unit}: event, merchant, row) of each process, and the shares of the machine's
   * time left idle, waiting for I/O and stolen meanwhile.
   */
  static String perItem(Map<String, Long> before, Map<String, Long> after, long items, String unit) {
    StringBuilder out = new StringBuilder();
    long tickMicros = 1_000_000 / 100; // USER_HZ is 100 on Linux
    for (String name : after.keySet()) {
      if (!Set.of("steal", "idle", "iowait", "all").contains(name)) {
        long used = after.get(name) - before.get(name);
        out.append(name).append("_cpu_us_per_").append(unit).append('=')
            .append(items == 0 ? 0 : used * tickMicros / items).append(' ');
      }
    }
    long all = after.get("all") - before.get("all");
    return out.append(String.format("idle_pct=%.1f iowait_pct=%.1f steal_pct=%.1f", share(before, after, "idle", all),
        share(before, after, "iowait", all), share(before, after, "steal", all))).toString();
  }

  private static double share(Map<String, Long> before, Map<String, Long> after, String name, long all) {
    return all == 0 ? 0 : 100.0 * (after.get(name) - before.get(name)) / all;
  }
}
