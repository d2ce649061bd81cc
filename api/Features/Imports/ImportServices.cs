using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading.Channels;
using MedanUmkm.Api.Infrastructure.Http;

[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:MedanUmkm.Api.Features.Imports",
    Justification = "Every area's namespace is MedanUmkm.Api.Features.<Area>; the API is consumed over HTTP, not as a Visual Basic library.")]

namespace MedanUmkm.Api.Features.Imports;

/// <summary>Configuration section <c>Imports</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";
    /// <summary>Where uploaded files wait for their job (deleted when it ends, except a dry run's: see below).</summary>
    public string? Directory { get; set; }
    /// <summary>Rows compared or written per statement batch (at least 1).</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>
    /// How long the file of a dry run without errors is kept so that it can be committed without
    /// uploading it again (POST /imports/{id}/commit); 0 deletes it at once, like every other job's.
    /// </summary>
    public int KeepDryRunFileHours { get; set; } = 24;

    /// <summary>
    /// How long a job stays owned by the worker that claimed it without a sign of life (seconds). The
    /// worker writes the lease when it claims the job and extends it between batches of a dry run and
    /// whenever it takes the next job (for the jobs still waiting in its queue); recovery, at start-up
    /// and every half lease, fails only unfinished jobs whose lease has run out. A commit cannot extend
    /// its lease: it writes in one transaction, which on SQLite holds the database's only write lock to
    /// the end, and a lease written inside it would be seen by nobody before the commit ends. So the
    /// lease must be longer than the longest commit (100,000 rows take 4-12 s here; the 200,000-row
    /// limit on a slow disk well under a minute): 10 minutes by default, at least 60 s. The price of a
    /// long lease: a job of a process that was killed (kill -9, power loss) is marked failed up to one
    /// lease (plus half a lease) later instead of at the next start.
    /// </summary>
    public int LeaseSeconds { get; set; } = 600;

    public const int MinLeaseSeconds = 60;
    public const int MaxLeaseSeconds = 86_400;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>
    /// The upload directory, created private to the API's user (0700 on Unix): the files hold NIK,
    /// phone numbers and addresses. An existing directory is made private too.
    /// </summary>
    public string ResolveDirectory() => ImportFiles.PrivateDirectory(Directory ?? Path.Combine(Path.GetTempPath(), "medanumkm-imports"));
}

/// <summary>Jobs waiting for the worker, in order.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "It is a queue (first in, first out), and tests resolve it by this name.")]
public sealed class ImportQueue
{
    private readonly Channel<int> _channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<int, byte> _waiting = new();
    private int _inFlight;

    public void Enqueue(int jobId)
    {
        _waiting[jobId] = 0;
        Interlocked.Increment(ref _inFlight);
        if (!_channel.Writer.TryWrite(jobId))
        {
            Interlocked.Decrement(ref _inFlight);
            _waiting.TryRemove(jobId, out _);
        }
    }

    /// <summary>Jobs queued here and not yet taken by the worker: it extends their leases while they wait.</summary>
    public IReadOnlyCollection<int> Waiting => [.. _waiting.Keys];

    /// <summary>The worker took the job.</summary>
    internal void Taken(int jobId) => _waiting.TryRemove(jobId, out _);

    /// <summary>Queues a job just created (an upload or a commit of a dry run).</summary>
    public void Enqueue(ImportJobSummary job) => Enqueue(int.Parse(job.Id, CultureInfo.InvariantCulture));
    public ChannelReader<int> Reader => _channel.Reader;

    /// <summary>Jobs queued in this process and not yet finished by its worker (files deleted included).</summary>
    internal int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The worker has finished with a job it read from <see cref="Reader"/>.</summary>
    internal void Done() => Interlocked.Decrement(ref _inFlight);
}

/// <summary>
/// Live progress of running jobs. The commit holds the database's write lock for its whole
/// transaction, so progress is kept here rather than written to the job row.
/// </summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<int, (int Processed, int Percentage)> _jobs = new();
    public void Set(int jobId, int processed, int percentage) => _jobs[jobId] = (processed, percentage);
    public void Remove(int jobId) => _jobs.TryRemove(jobId, out _);
    public (int Processed, int Percentage)? Get(int jobId) => _jobs.TryGetValue(jobId, out var p) ? p : null;
}

/// <summary>Registers the import services: kinds, queue, progress and the background worker.</summary>
public sealed class ImportServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ImportOptions>()
            .Bind(config.GetSection(ImportOptions.Section))
            .Validate(o => o.BatchSize >= 1, $"{ImportOptions.Section}:BatchSize must be at least 1.")
            .Validate(o => o.KeepDryRunFileHours >= 0, $"{ImportOptions.Section}:KeepDryRunFileHours must be 0 or more (0: dry-run files are not kept).")
            .Validate(o => o.LeaseSeconds is >= ImportOptions.MinLeaseSeconds and <= ImportOptions.MaxLeaseSeconds,
                $"{ImportOptions.Section}:LeaseSeconds must be between {ImportOptions.MinLeaseSeconds} and {ImportOptions.MaxLeaseSeconds} " +
                "(longer than the longest import commit: a commit cannot extend its lease).")
            .ValidateOnStart();
        services.AddSingleton<ImportQueue>();
        services.AddSingleton<ImportProgress>();
        services.AddHostedService<ImportWorker>();
        foreach (var type in typeof(IImportKind).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IImportKind).IsAssignableFrom(t)))
            services.AddTransient(typeof(IImportKind), type);
    }
}
