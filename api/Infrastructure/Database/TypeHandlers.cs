using System.Data;
using System.Globalization;
using Dapper;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>
/// SQLite stores dates and times as ISO text; SQL Server has native types. These handlers read
/// both and write what each provider expects.
/// </summary>
public static class TypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            // Both providers take DateOnly: SQLite writes yyyy-MM-dd, SQL Server a date.
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            DateOnly d => d,
            string s => DateOnly.FromDateTime(DateTime.Parse(s, CultureInfo.InvariantCulture)),
            _ => throw new DataException($"Cannot read a date from {value.GetType().Name}"),
        };
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            // SQLite writes ISO text (UTC offsets sort as text); SQL Server a datetimeoffset.
            parameter.Value = value;
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset dto => dto,
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}"),
        };
    }
}
