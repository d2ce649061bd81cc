using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using MedanUmkm.Api.Infrastructure.Observability;
using Dapper;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>
/// The request's database connection (opened on first use) and, for commands, its transaction,
/// begun and committed by <c>TransactionBehaviour</c>. Handlers call these helpers so that every
/// statement of a command joins its transaction. Every commit, and every statement executed
/// outside a transaction, moves <see cref="DataVersion"/> on (caches of reads compare it).
/// </summary>
public sealed class DbSession(ConnectionFactory factory, DataVersion dataVersion) : IAsyncDisposable
{
    private DbConnection? _connection;

    public DbTransaction? Transaction { get; private set; }
    public SqlDialect Dialect => factory.Dialect;

    public async Task<DbConnection> ConnectionAsync(CancellationToken ct = default) =>
        _connection ??= await factory.OpenAsync(ct);

    public async Task BeginAsync(CancellationToken ct)
    {
        if (Transaction is not null) return;
        var connection = await ConnectionAsync(ct);
        Transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (Transaction is null) return;
        await Transaction.CommitAsync(ct);
        await Transaction.DisposeAsync();
        Transaction = null;
        dataVersion.Bump();
    }

    public async Task RollbackAsync()
    {
        if (Transaction is null) return;
        try { await Transaction.RollbackAsync(); }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
        }
    }

    private CommandDefinition Cmd(string sql, object? param, CancellationToken ct) =>
        new(sql, param, Transaction, flags: CommandFlags.Buffered, cancellationToken: ct);

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null, CancellationToken ct = default,
        [CallerArgumentExpression(nameof(sql))] string? statement = null)
    {
        var connection = await ConnectionAsync(ct);
        return await Timed(sql, statement, async () => (await connection.QueryAsync<T>(Cmd(sql, param, ct))).AsList());
    }

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? param = null, CancellationToken ct = default,
        [CallerArgumentExpression(nameof(sql))] string? statement = null)
    {
        var connection = await ConnectionAsync(ct);
        return await Timed(sql, statement, () => connection.QuerySingleOrDefaultAsync<T>(Cmd(sql, param, ct)));
    }

    public async Task<T> ExecuteScalarAsync<T>(string sql, object? param = null, CancellationToken ct = default,
        [CallerArgumentExpression(nameof(sql))] string? statement = null)
    {
        var connection = await ConnectionAsync(ct);
        return (await Timed(sql, statement, () => connection.ExecuteScalarAsync<T>(Cmd(sql, param, ct))))!;
    }

    public async Task<int> ExecuteAsync(string sql, object? param = null, CancellationToken ct = default,
        [CallerArgumentExpression(nameof(sql))] string? statement = null)
    {
        var connection = await ConnectionAsync(ct);
        var rows = await Timed(sql, statement, () => connection.ExecuteAsync(Cmd(sql, param, ct)));
        if (Transaction is null) dataVersion.Bump();
        return rows;
    }

    public async Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? param = null, CancellationToken ct = default,
        [CallerArgumentExpression(nameof(sql))] string? statement = null)
    {
        var connection = await ConnectionAsync(ct);
        return await Timed(sql, statement, () => connection.QueryMultipleAsync(Cmd(sql, param, ct)));
    }

    /// <summary>
    /// Runs a statement inside an activity named by the statement (the constant it came from, or its
    /// first keyword and table; never its text or parameter values) and records its duration in
    /// <see cref="Telemetry.DatabaseDuration"/>.
    /// </summary>
    private async Task<T> Timed<T>(string sql, string? expression, Func<Task<T>> run)
    {
        var operation = Telemetry.Operation(sql);
        using var activity = Telemetry.Source.HasListeners()
            ? Telemetry.Source.StartActivity(Telemetry.StatementName(sql, expression), ActivityKind.Client) : null;
        if (activity is not null)
        {
            activity.SetTag("db.system.name", ReferenceEquals(factory.Dialect, SqlDialect.SqlServer) ? "microsoft.sql_server" : "sqlite");
            activity.SetTag("db.operation.name", operation);
        }
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await run();
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            Telemetry.DatabaseDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds,
                new KeyValuePair<string, object?>("db.operation.name", operation));
        }
    }

    /// <summary>
    /// Runs one statement once per row, like Dapper's <c>ExecuteAsync(sql, rows)</c>, but with one
    /// command whose parameters are created once and given each row's values: Dapper builds every
    /// parameter again for every row (docs/performance.md). The rows are objects of one type; each
    /// property whose name appears in the statement as <c>@Name</c> is a parameter. Values go to the
    /// provider as they are, as the Dapper type handlers do.
    /// </summary>
    public async Task<int> ExecuteEachAsync(string sql, IReadOnlyList<object> rows, CancellationToken ct = default)
    {
        var affected = 0;
        await EachAsync(sql, rows, async cmd => affected += await cmd.ExecuteNonQueryAsync(ct), ct);
        return affected;
    }

    /// <summary><see cref="ExecuteEachAsync"/> for an INSERT: the generated id of each row, in order.</summary>
    public async Task<IReadOnlyList<int>> InsertEachAsync(string insertSql, IReadOnlyList<object> rows, CancellationToken ct = default)
    {
        var ids = new List<int>(rows.Count);
        await EachAsync(insertSql + ";\n" + Dialect.LastInsertedId, rows,
            async cmd => ids.Add(Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)), ct);
        return ids;
    }

    private async Task EachAsync(string sql, IReadOnlyList<object> rows, Func<DbCommand, Task> run, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await Timed(sql, null, async () =>
        {
            await EachRowAsync(sql, rows, run, ct);
            return 0;
        });
    }

    private async Task EachRowAsync(string sql, IReadOnlyList<object> rows, Func<DbCommand, Task> run, CancellationToken ct)
    {
        var connection = await ConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = Transaction;
        var properties = rows[0].GetType().GetProperties()
            .Where(p => System.Text.RegularExpressions.Regex.IsMatch(sql, $@"@{p.Name}\b")).ToArray();
        var parameters = properties.Select(p =>
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = "@" + p.Name;
            cmd.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Length; i++) parameters[i].Value = properties[i].GetValue(row) ?? DBNull.Value;
            await run(cmd);
        }
        if (Transaction is null) dataVersion.Bump();
    }

    /// <summary>Inserts a row and returns its generated integer id.</summary>
    public Task<int> InsertAsync(string insertSql, object param, CancellationToken ct = default) =>
        ExecuteScalarAsync<int>(insertSql + ";\n" + Dialect.LastInsertedId, param, ct);

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
