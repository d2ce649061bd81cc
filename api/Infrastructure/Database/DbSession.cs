using System.Data;
using System.Data.Common;
using Dapper;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>
/// The request's database connection (opened on first use) and, for commands, its transaction,
/// begun and committed by <c>TransactionBehaviour</c>. Handlers call these helpers so that every
/// statement of a command joins its transaction.
/// </summary>
public sealed class DbSession(ConnectionFactory factory) : IAsyncDisposable
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

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null, CancellationToken ct = default) =>
        (await (await ConnectionAsync(ct)).QueryAsync<T>(Cmd(sql, param, ct))).AsList();

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? param = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).QuerySingleOrDefaultAsync<T>(Cmd(sql, param, ct));

    public async Task<T> ExecuteScalarAsync<T>(string sql, object? param = null, CancellationToken ct = default) =>
        (await (await ConnectionAsync(ct)).ExecuteScalarAsync<T>(Cmd(sql, param, ct)))!;

    public async Task<int> ExecuteAsync(string sql, object? param = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).ExecuteAsync(Cmd(sql, param, ct));

    public async Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? param = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).QueryMultipleAsync(Cmd(sql, param, ct));

    /// <summary>Inserts a row and returns its generated integer id.</summary>
    public Task<int> InsertAsync(string insertSql, object param, CancellationToken ct = default) =>
        ExecuteScalarAsync<int>(insertSql + ";\n" + Dialect.LastInsertedId, param, ct);

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
