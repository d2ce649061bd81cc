using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Options of the export case area, configuration section <c>ExportCases</c>: bound and checked at
/// start-up (a bad stage target stops the application instead of failing requests).
/// </summary>
public sealed class ExportCaseOptions
{
    public const string Section = "ExportCases";

    /// <summary>Target days per open stage (snake_case stage name to whole days); unlisted stages keep <see cref="StageTargets.Defaults"/>.</summary>
    public Dictionary<string, string?> StageTargetDays { get; } = new(StringComparer.OrdinalIgnoreCase);

    private IReadOnlyDictionary<ExportStage, int>? targets;

    /// <summary>The target days of every open stage, defaults overridden by <see cref="StageTargetDays"/>.</summary>
    public IReadOnlyDictionary<ExportStage, int> Targets => targets ??= StageTargets.Parse(StageTargetDays);

    /// <summary>Rejects stage targets that <see cref="StageTargets.Parse"/> does not accept.</summary>
    public sealed class Validator : IValidateOptions<ExportCaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, ExportCaseOptions options)
        {
            var problems = new List<string>();
            StageTargets.Parse(options.StageTargetDays, problems);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

/// <summary>Registers the area's options, validated at start-up.</summary>
public sealed class ExportCaseServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ExportCaseOptions>().BindConfiguration(ExportCaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExportCaseOptions>, ExportCaseOptions.Validator>();
    }
}
