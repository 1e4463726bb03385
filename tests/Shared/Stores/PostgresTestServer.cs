using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ExpertGraph.Tests.Shared.Stores;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by EXPERTGRAPH_TEST_PG (a connection string or postgres:// URL
/// of a role that may create databases), or else a private cluster this process starts itself with Debian's binaries
/// (initdb + pg_ctl on a free port on 127.0.0.1, in a temp folder, removed at exit). Without either, tests that need it
/// are ignored with the fix, except under CI=true, where they fail.
/// </summary>
internal sealed class PostgresTestServer
{
    public const string EnvironmentVariable = "EXPERTGRAPH_TEST_PG";
    private const string Fix = "install PostgreSQL (apt-get install postgresql) or set " + EnvironmentVariable + " to a server's connection string";

    private static readonly Lazy<(PostgresTestServer? Server, string? Problem)> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly PrivateCluster? _cluster;

    private PostgresTestServer(string adminConnectionString, PrivateCluster? cluster)
    {
        AdminConnectionString = adminConnectionString;
        _cluster = cluster;
    }

    /// <summary>A connection string to the server's maintenance database, as a role that can create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Whether this process started the server (and so may stop and restart it).</summary>
    public bool IsPrivate => _cluster is not null;

    /// <summary>The server, or ignores (fails under CI=true) the calling test with what to install.</summary>
    public static PostgresTestServer Require()
    {
        var (server, problem) = Shared.Value;
        if (server is not null) return server;
        var reason = $"needs PostgreSQL: {problem}; {Fix}";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(reason + " (CI=true: PostgreSQL must be available)");
        Assert.Ignore(reason);
        return null!;
    }

    /// <summary>Creates an empty database of its own for one test and returns its connection string.</summary>
    public string CreateDatabase()
    {
        // Unique per process and call; PostgreSQL names are at most 63 bytes.
        var name = string.Create(CultureInfo.InvariantCulture, $"eg_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}");
        if (name.Length > 63) name = name[..63];
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing what is still connected to it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Stops the private server at once, as a crash would (pg_ctl stop -m immediate).</summary>
    public void StopImmediately() => (_cluster ?? throw new InvalidOperationException("only a private test server can be stopped")).Stop("immediate");

    /// <summary>Starts the private server again after <see cref="StopImmediately"/>, on the same port.</summary>
    public void StartAgain() => (_cluster ?? throw new InvalidOperationException("only a private test server can be started")).Start();

    private static (PostgresTestServer?, string?) Start()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
            return (new PostgresTestServer(ExpertGraph.Storage.StoreLocation.ToNpgsqlConnectionString(given), null), null);

        var bin = PrivateCluster.FindBinaries();
        if (bin is null) return (null, "no PostgreSQL server binaries (initdb, pg_ctl) were found");
        try
        {
            var cluster = PrivateCluster.Create(bin);
            return (new PostgresTestServer(cluster.ConnectionString, cluster), null);
        }
        catch (InvalidOperationException ex)
        {
            return (null, "starting a private cluster failed: " + ex.Message);
        }
    }

    /// <summary>A cluster in a temp folder, owned by the postgres account when the tests run as root (initdb refuses root).</summary>
    private sealed class PrivateCluster
    {
        private readonly string _bin;
        private readonly string _folder;
        private readonly int _port;
        private readonly bool _asPostgresUser;

        private PrivateCluster(string bin, string folder, int port, bool asPostgresUser)
        {
            _bin = bin;
            _folder = folder;
            _port = port;
            _asPostgresUser = asPostgresUser;
        }

        public string ConnectionString => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = "postgres",
            Database = "postgres",
            Pooling = false,
            Timeout = 30,
        }.ConnectionString;

        private string DataFolder => Path.Combine(_folder, "data");

        public static string? FindBinaries()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("EXPERTGRAPH_PG_BIN");
            if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "pg_ctl"))) return fromEnvironment;
            const string debian = "/usr/lib/postgresql";
            if (Directory.Exists(debian))
            {
                var newest = Directory.GetDirectories(debian)
                    .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                    .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "pg_ctl")) && File.Exists(Path.Combine(d.Dir, "bin", "initdb")))
                    .OrderByDescending(d => d.Version)
                    .FirstOrDefault();
                if (newest.Dir is not null) return Path.Combine(newest.Dir, "bin");
            }

            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
                if (File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb"))) return dir;
            return null;
        }

        public static PrivateCluster Create(string bin)
        {
            var asPostgresUser = Environment.UserName == "root";
            var folder = Directory.CreateTempSubdirectory("eg-pg-").FullName;
            if (asPostgresUser) Run("chown", ["postgres:postgres", folder], asPostgres: false);
            var cluster = new PrivateCluster(bin, folder, FreePort(), asPostgresUser);
            cluster.RunTool("initdb", ["-D", cluster.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            cluster.Start();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Remove();
            return cluster;
        }

        public void Start()
        {
            // fsync off: the tests kill clients and stop the server, never the machine; the server's own crash recovery still runs.
            var options = string.Create(CultureInfo.InvariantCulture,
                $"-p {_port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB");
            RunTool("pg_ctl", ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        }

        public void Stop(string mode) => RunTool("pg_ctl", ["-D", DataFolder, "-m", mode, "-w", "-t", "60", "stop"]);

        private void Remove()
        {
            try
            {
                Stop("immediate");
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private void RunTool(string tool, string[] arguments) => Run(Path.Combine(_bin, tool), arguments, _asPostgresUser);

        private static void Run(string program, string[] arguments, bool asPostgres)
        {
            var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (asPostgres)
            {
                foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
            }

            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
