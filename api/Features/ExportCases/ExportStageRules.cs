using System.Globalization;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The allowed stage moves: forward one stage at a time; rejected or withdrawn from any open stage.</summary>
public static class StageFlow
{
    public static readonly ExportStage[] Forward =
    [
        ExportStage.Intake, ExportStage.LegalCheck, ExportStage.CommodityLicence, ExportStage.BuyerContract,
        ExportStage.Certification, ExportStage.Customs, ExportStage.CertificateOfOrigin, ExportStage.Shipped,
        ExportStage.PostExport, ExportStage.Closed,
    ];

    public static bool IsOpen(ExportStage stage) => stage is not (ExportStage.Closed or ExportStage.Rejected or ExportStage.Withdrawn);

    public static ExportStage? Next(ExportStage stage) =>
        IsOpen(stage) ? Forward[Array.IndexOf(Forward, stage) + 1] : null;

    public static IReadOnlyList<ExportStage> Allowed(ExportStage from) =>
        Next(from) is { } next ? [next, ExportStage.Rejected, ExportStage.Withdrawn] : [];

    /// <summary>Position for sorting (terminal stages after closed).</summary>
    public static int Order(ExportStage stage) => (int)stage;

    public static CaseOutcome? OutcomeOf(ExportStage stage) => stage switch
    {
        ExportStage.Closed => CaseOutcome.Completed,
        ExportStage.Rejected => CaseOutcome.Rejected,
        ExportStage.Withdrawn => CaseOutcome.Withdrawn,
        _ => null,
    };

    /// <summary>Stages whose case has left Indonesia (counted as shipped in reports).</summary>
    public static bool HasShipped(ExportStage stage) => stage is ExportStage.Shipped or ExportStage.PostExport or ExportStage.Closed;
}

/// <summary>Target days per stage, configuration section <c>ExportCases:StageTargetDays</c> (keys as snake_case stage names).</summary>
public static class StageTargets
{
    public const string Section = ExportCaseOptions.Section + ":StageTargetDays";

    public static readonly IReadOnlyDictionary<ExportStage, int> Defaults = new Dictionary<ExportStage, int>
    {
        [ExportStage.Intake] = 7,
        [ExportStage.LegalCheck] = 14,
        [ExportStage.CommodityLicence] = 30,
        [ExportStage.BuyerContract] = 30,
        [ExportStage.Certification] = 21,
        [ExportStage.Customs] = 14,
        [ExportStage.CertificateOfOrigin] = 7,
        [ExportStage.Shipped] = 45,
        [ExportStage.PostExport] = 30,
    };

    /// <summary>
    /// The defaults overridden by the given entries (stage name, days). A stage that is not open or a
    /// value that is not a positive whole number is added to <paramref name="problems"/>, or thrown
    /// (<see cref="InvalidOperationException"/>) when no list is given.
    /// </summary>
    public static IReadOnlyDictionary<ExportStage, int> Parse(IEnumerable<KeyValuePair<string, string?>> entries, ICollection<string>? problems = null)
    {
        var result = new Dictionary<ExportStage, int>(Defaults);
        foreach (var (key, value) in entries)
        {
            var known = EnumText.TryParse<ExportStage>(key, out var stage)
                        || Enum.TryParse(key, ignoreCase: true, out stage);
            string? problem = null;
            if (!known || !StageFlow.IsOpen(stage))
                problem = $"{Section}:{key} is not an open export stage.";
            else if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1)
                problem = $"{Section}:{key} must be a positive whole number of days.";
            else
                result[stage] = days;
            if (problem is null) continue;
            if (problems is null) throw new InvalidOperationException(problem);
            problems.Add(problem);
        }
        return result;
    }
}

/// <summary>How long a case has been in its stage against the stage's target.</summary>
public readonly record struct StageClock(int DaysInStage, int? TargetDays, bool IsOverdue)
{
    public static StageClock Of(ExportStage stage, DateTimeOffset enteredAt, DateTimeOffset now, IReadOnlyDictionary<ExportStage, int> targets)
    {
        var days = Math.Max(0, (int)Math.Floor((now - enteredAt).TotalDays));
        if (!StageFlow.IsOpen(stage) || !targets.TryGetValue(stage, out var target)) return new(days, null, false);
        return new(days, target, days > target);
    }

    /// <summary>A case is overdue when whole days in stage exceed the target: entered at or before this instant.</summary>
    public static DateTimeOffset OverdueCutoff(DateTimeOffset now, int targetDays) => now.AddDays(-(targetDays + 1));
}
