using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Validators;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// The conventions that make the OpenAPI document tell the whole truth of each operation, read from the
/// same code that answers the requests: conditional headers, download media types, problem members and
/// the limits the validators enforce. Registered in <see cref="OpenApiSetup"/>.
/// </summary>
internal static class OpenApiConventions
{
    public static void Add(SwaggerGenOptions c)
    {
        c.OperationFilter<ConditionalResponseHeaders>();
        c.OperationFilter<DownloadsAndUploads>();
        c.OperationFilter<QueryParametersFromValidators>();
        c.SchemaFilter<ProblemMembers>();
        c.SchemaFilter<SchemaRulesFromValidators>();
        c.OperationFilter<PathParameterBounds>();
        c.DocumentFilter<DocumentLevel>();
        c.DocumentFilter<RequestBodyTextBounds>();
    }

    /// <summary>
    /// An integer input without a validator's bounds is still bounded by its type: a JSON or query number
    /// outside the range of int32 (int64) is a 400, as the binder cannot read it.
    /// </summary>
    internal static void BoundByType(OpenApiSchema s)
    {
        if (!(s.Type ?? 0).HasFlag(JsonSchemaType.Integer)) return;
        var wide = s.Format == "int64";
        s.Minimum ??= (wide ? long.MinValue : int.MinValue).ToString(CultureInfo.InvariantCulture);
        s.Maximum ??= (wide ? long.MaxValue : int.MaxValue).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A text input without its own bound, format or enum: it gets the general one.</summary>
    internal static bool UnboundedText(OpenApiSchema s) =>
        (s.Type ?? 0).HasFlag(JsonSchemaType.String) && s.MaxLength is null && s.Format is null or "" && s.Enum is not { Count: > 0 }
        && s.AllOf is not { Count: > 0 };

    internal static OpenApiSchema StringSchema(string? format = null) => new() { Type = JsonSchemaType.String, Format = format };
}

/// <summary>
/// <c>ETag</c> on every response whose body is <see cref="IVersioned"/> (the ETag filter sets it from the
/// version), and on the catalog's and photos' answers that honour <c>If-None-Match</c> with 304: those
/// document the optional <c>If-None-Match</c> header too.
/// </summary>
internal sealed class ConditionalResponseHeaders : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null) return;
        foreach (var type in context.ApiDescription.SupportedResponseTypes)
        {
            if (type.Type is null || !typeof(IVersioned).IsAssignableFrom(type.Type)) continue;
            if (operation.Responses.TryGetValue(type.StatusCode.ToString(CultureInfo.InvariantCulture), out var response) && response is OpenApiResponse r)
                AddETag(r, "The resource's version, strong (\"7\"): send it back as If-Match to change the resource.");
        }
        if (!operation.Responses.TryGetValue("304", out var notModified)) return;
        foreach (var code in new[] { "200", "304" })
            if (operation.Responses.TryGetValue(code, out var response) && response is OpenApiResponse r)
                AddETag(r, "The representation's entity tag: send it as If-None-Match to revalidate (304 when unchanged).");
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.In == ParameterLocation.Header && p.Name == "If-None-Match")) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of a copy the caller holds; 304 without a body when it is still current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1000 },
        });
    }

    private static void AddETag(OpenApiResponse response, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["ETag"] = new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
        };
    }
}

/// <summary>
/// A declared response media type that is not JSON is a file: it gets a binary schema, so generated
/// clients return the bytes. A multipart request body is required, and so is its <c>file</c> part
/// (the handlers refuse a request without one).
/// </summary>
internal sealed class DownloadsAndUploads : IOperationFilter
{
    private static bool IsFile(string mediaType) =>
        !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && !mediaType.StartsWith("text/plain", StringComparison.Ordinal);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>();
        foreach (var produces in declared)
        {
            if (operation.Responses is null
                || !operation.Responses.TryGetValue(produces.StatusCode.ToString(CultureInfo.InvariantCulture), out var found)
                || found is not OpenApiResponse response) continue;
            foreach (var mediaType in produces.ContentTypes.Where(IsFile))
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                if (!response.Content.TryGetValue(mediaType, out var content)) response.Content[mediaType] = content = new OpenApiMediaType();
                content.Schema ??= OpenApiConventions.StringSchema("binary");
            }
        }
        if (operation.RequestBody is not OpenApiRequestBody body || body.Content is null) return;
        if (!body.Content.TryGetValue("multipart/form-data", out var multipart)) return;
        body.Required = true;
        // Only multipart is read (the handlers call ReadFormAsync); "*/*" would promise more.
        foreach (var other in body.Content.Keys.Where(k => k != "multipart/form-data").ToList()) body.Content.Remove(other);
        if (multipart.Schema is OpenApiSchema inline && inline.Properties?.ContainsKey("file") == true)
        {
            inline.Required ??= new HashSet<string>();
            inline.Required.Add("file");
        }
    }
}

/// <summary>
/// Members the exception handler writes into every problem: <c>traceId</c> (quote it when reporting),
/// <c>code</c> (stable machine code, where there is one), and on validation problems <c>codes</c> per
/// field. A 409's <c>missing</c> holds requirement codes or, for export cases, documents.
/// </summary>
internal sealed class ProblemMembers : ISchemaFilter
{
    public void Apply(IOpenApiSchema model, SchemaFilterContext context)
    {
        if (model is not OpenApiSchema schema || schema.Properties is null) return;
        if (context.Type == typeof(ProblemDetails) || context.Type == typeof(HttpValidationProblemDetails))
        {
            schema.Properties["traceId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, Description = "W3C trace id of the request: quote it when reporting a problem.",
            };
            schema.Properties["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Stable snake_case machine code where the problem has one (unknown_field, storage_full, ...).",
            };
        }
        if (context.Type == typeof(HttpValidationProblemDetails))
        {
            var fieldCode = context.SchemaGenerator.GenerateSchema(typeof(FieldErrorCode), context.SchemaRepository);
            schema.Properties["codes"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Per field (JSON name), the stable codes of its errors that have one, with the values the message was built from.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = fieldCode },
            };
        }
        if (context.Type == typeof(ConflictProblem) && schema.Properties.TryGetValue("missing", out var missing) && missing is OpenApiSchema list)
        {
            var document = context.SchemaGenerator.GenerateSchema(typeof(ConflictMissingDocument), context.SchemaRepository);
            list.Items = new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.String }, document] };
        }
    }
}

/// <summary>A validation problem's machine code for one field error (documentation type).</summary>
public sealed record FieldErrorCode(string Code, IReadOnlyDictionary<string, JsonElement>? Parameters);

/// <summary>
/// The validators' rules, read once from every validator in the API assembly, per property they check
/// (<see cref="IValidationRule.Member"/>): required (NotNull/NotEmpty without condition), string lengths,
/// numeric bounds, and the text kind of a query filter (an enum's names, true/false).
/// </summary>
internal sealed class ValidatorRules
{
    public sealed record Bounds
    {
        public bool Required { get; set; }
        public int? MaxLength { get; set; }
        public int? MinLength { get; set; }
        public decimal? Minimum { get; set; }
        public decimal? Maximum { get; set; }
        public int? MaxItems { get; set; }
        public Type? EnumText { get; set; }
        public IReadOnlyList<string> EnumTextAlso { get; set; } = [];
        public bool BooleanText { get; set; }
        public bool DateText { get; set; }
    }

    private readonly Dictionary<(Type, string), Bounds> rules = [];
    private readonly Lazy<Dictionary<(Type, string), Bounds>> read;

    /// <summary>
    /// Reads the validators when the document is first generated, not when the generator is resolved: the
    /// Swagger middleware resolves it on every request, and most API processes never serve the document.
    /// </summary>
    public ValidatorRules(IServiceProvider services) =>
        read = new Lazy<Dictionary<(Type, string), Bounds>>(() => { ReadAll(services); return rules; });

    private void ReadAll(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var types = typeof(ValidatorRules).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IValidator).IsAssignableFrom(t));
        foreach (var type in types)
        {
            IValidator validator;
            try { validator = (IValidator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type); }
            catch (InvalidOperationException) { continue; }
            if (validator is not IEnumerable<IValidationRule> ruleSet) continue;
            foreach (var rule in ruleSet) Read(rule);
        }
    }

    /// <summary>The rules on a property of the type, or of an interface it implements (shared query rules).</summary>
    public Bounds? For(Type type, string property) =>
        type.GetInterfaces().Prepend(type)
            .Select(t => read.Value.TryGetValue((t, property.ToUpperInvariant()), out var b) ? b : null)
            .FirstOrDefault(b => b is not null);

    private void Read(IValidationRule rule)
    {
        if (rule.Member is not PropertyInfo member || member.DeclaringType is null) return;
        var key = (member.DeclaringType, member.Name.ToUpperInvariant());
        if (!rules.TryGetValue(key, out var bounds)) rules[key] = bounds = new Bounds();
        var ruleConditional = RuleHasCondition(rule);
        foreach (var component in rule.Components)
        {
            var conditional = ruleConditional || component.HasCondition || component.HasAsyncCondition;
            switch (component.Validator)
            {
                case INotNullValidator or INotEmptyValidator when !conditional:
                    bounds.Required = true;
                    break;
                case ILengthValidator length:
                    if (length.Max > 0) bounds.MaxLength = Min(bounds.MaxLength, length.Max);
                    if (length.Min > 0) bounds.MinLength = length.Min;
                    break;
                case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                    bounds.Minimum = from;
                    bounds.Maximum = to;
                    break;
                case IComparisonValidator comparison when Number(comparison.ValueToCompare) is { } value:
                    switch (comparison.Comparison)
                    {
                        case Comparison.GreaterThanOrEqual: bounds.Minimum = value; break;
                        case Comparison.GreaterThan: bounds.Minimum = value + 1; break;
                        case Comparison.LessThanOrEqual: bounds.Maximum = value; break;
                        case Comparison.LessThan: bounds.Maximum = value - 1; break;
                    }
                    break;
                case IEnumTextValidator e:
                    bounds.EnumText = e.EnumType;
                    bounds.EnumTextAlso = e.AlsoAccepts;
                    break;
                case IBooleanTextValidator:
                    bounds.BooleanText = true;
                    break;
                case IDateTextValidator:
                    bounds.DateText = true;
                    break;
                case IMaxItemsValidator items:
                    bounds.MaxItems = items.MaxItems;
                    break;
            }
        }
    }

    private static bool RuleHasCondition(IValidationRule rule) =>
        rule.GetType().GetProperty("HasCondition")?.GetValue(rule) is true
        || rule.GetType().GetProperty("HasAsyncCondition")?.GetValue(rule) is true;

    private static int Min(int? a, int b) => a is null ? b : Math.Min(a.Value, b);

    private static decimal? Number(object? value) => value switch
    {
        int i => i, long l => l, decimal d => d, short s => s, double d => (decimal)d,
        _ => null,
    };
}

/// <summary>
/// A rule that accepts the text names of an enum (a query filter): documented as that enum, or, when it
/// also accepts other words (<see cref="AlsoAccepts"/>, e.g. "open" for every open stage), as a string
/// enum of the enum's names and those words.
/// </summary>
public interface IEnumTextValidator
{
    Type EnumType { get; }
    IReadOnlyList<string> AlsoAccepts { get; }
}

/// <summary>A rule that accepts "true" or "false" (a query filter): documented as a boolean.</summary>
public interface IBooleanTextValidator;

/// <summary>A rule that accepts a date as YYYY-MM-DD (a query filter): documented with format date.</summary>
public interface IDateTextValidator;

public sealed class DateTextValidator<T> : PropertyValidator<T, string?>, IDateTextValidator
{
    public override string Name => "DateTextValidator";
    public override bool IsValid(ValidationContext<T> context, string? value) => OfficeTime.ParseDate(value) is not null;
}

/// <summary>A rule that bounds a list's length: documented as maxItems.</summary>
public interface IMaxItemsValidator { int MaxItems { get; } }

/// <summary>A list of at most <see cref="MaxItems"/> entries (null passes: NotNull says whether it is required).</summary>
public sealed class MaxItemsValidator<T, TList>(int maxItems) : PropertyValidator<T, TList>, IMaxItemsValidator
    where TList : System.Collections.IEnumerable?
{
    public override string Name => "MaxItemsValidator";
    public int MaxItems { get; } = maxItems;
    public override bool IsValid(ValidationContext<T> context, TList value) => value is null || value.Cast<object?>().Take(MaxItems + 1).Count() <= MaxItems;
    protected override string GetDefaultMessageTemplate(string errorCode) => $"At most {MaxItems} entries.";
}

public sealed class EnumTextValidator<T, TEnum>(IReadOnlyList<string> alsoAccepts) : PropertyValidator<T, string?>, IEnumTextValidator
    where TEnum : struct, Enum
{
    public override string Name => "EnumTextValidator";
    public Type EnumType => typeof(TEnum);
    public IReadOnlyList<string> AlsoAccepts { get; } = alsoAccepts;
    public override bool IsValid(ValidationContext<T> context, string? value) =>
        (value is not null && AlsoAccepts.Contains(value, StringComparer.Ordinal)) || EnumText.TryParse<TEnum>(value, out _);
}

public sealed class BooleanTextValidator<T> : PropertyValidator<T, string?>, IBooleanTextValidator
{
    public override string Name => "BooleanTextValidator";
    public override bool IsValid(ValidationContext<T> context, string? value) => value is "true" or "false";
}

public static class FilterRules
{
    /// <summary>
    /// The filter is one of <typeparamref name="TEnum"/>'s names (as the API spells them), or one of the
    /// words in <paramref name="alsoAccepts"/> (documented with them).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IsEnumText<T, TEnum>(this IRuleBuilder<T, string?> rule, params string[] alsoAccepts)
        where TEnum : struct, Enum =>
        rule.SetValidator(new EnumTextValidator<T, TEnum>(alsoAccepts));

    /// <summary>The filter is a date, YYYY-MM-DD.</summary>
    public static IRuleBuilderOptions<T, string?> IsDateText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new DateTextValidator<T>());

    /// <summary>The list has at most <paramref name="max"/> entries (documented as maxItems).</summary>
    public static IRuleBuilderOptions<T, TList> MaxItems<T, TList>(this IRuleBuilder<T, TList> rule, int max)
        where TList : System.Collections.IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TList>(max));

    /// <summary>The filter is "true" or "false".</summary>
    public static IRuleBuilderOptions<T, string?> IsBooleanText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new BooleanTextValidator<T>());
}

/// <summary>
/// Input schemas carry what their validators enforce: required and not nullable where a rule requires
/// the value, maxLength/minLength, minimum/maximum. A referenced enum that may be null states its type
/// beside <c>nullable</c> (OpenAPI 3.0 wants a type with nullable).
/// </summary>
internal sealed class SchemaRulesFromValidators(ValidatorRules validators) : ISchemaFilter
{
    public void Apply(IOpenApiSchema model, SchemaFilterContext context)
    {
        if (model is not OpenApiSchema schema || schema.Properties is null || context.Type is null) return;
        foreach (var (name, property) in schema.Properties)
        {
            if (property is not OpenApiSchema p) continue;
            var bounds = validators.For(context.Type, name);
            if (bounds is not null)
            {
                if (bounds.Required)
                {
                    schema.Required ??= new HashSet<string>();
                    schema.Required.Add(name);
                    if (p.Type is { } t) p.Type = (t & ~JsonSchemaType.Null) is var rest && rest != 0 ? rest : null;
                }
                Apply(p, bounds);
            }
            if (p.AllOf is { Count: 1 } && p.AllOf[0] is OpenApiSchemaReference reference && p.Type == JsonSchemaType.Null)
            {
                var target = reference.Reference.Id is { } id && context.SchemaRepository.Schemas.TryGetValue(id, out var s) ? s.Type : null;
                p.Type = (target ?? JsonSchemaType.String) | JsonSchemaType.Null;
            }
        }
    }

    internal static void Apply(OpenApiSchema p, ValidatorRules.Bounds bounds)
    {
        var type = p.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && p.Format is null or "" && p.Enum is not { Count: > 0 })
        {
            if (bounds.MaxLength is { } max) p.MaxLength = max;
            if (bounds.MinLength is { } min) p.MinLength = min;
        }
        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            if (bounds.Minimum is { } min) p.Minimum = min.ToString(CultureInfo.InvariantCulture);
            if (bounds.Maximum is { } max) p.Maximum = max.ToString(CultureInfo.InvariantCulture);
        }
        if (type.HasFlag(JsonSchemaType.Array) && bounds.MaxItems is { } items) p.MaxItems = items;
    }
}

/// <summary>
/// Query parameters bound from [AsParameters] records carry their validator's rules: bounds, and the
/// kind of a text filter (an enum filter references the enum's schema; a true/false filter is a boolean).
/// </summary>
internal sealed class QueryParametersFromValidators(ValidatorRules validators) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null) return;
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var description = context.ApiDescription.ParameterDescriptions
                .FirstOrDefault(d => string.Equals(d.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            var container = description?.ModelMetadata?.ContainerType;
            var property = description?.ModelMetadata?.PropertyName;
            // Whatever its validator says, no query value is longer than InputLimits.MaxQueryValue (RequestGuards).
            if (container is null || property is null || validators.For(container, property) is not { } bounds)
            {
                if (parameter.Schema is OpenApiSchema loose && OpenApiConventions.UnboundedText(loose)) loose.MaxLength = InputLimits.MaxQueryValue;
                if (parameter.Schema is OpenApiSchema number) OpenApiConventions.BoundByType(number);
                continue;
            }
            if (bounds.EnumText is { } enumType)
            {
                var named = context.SchemaGenerator.GenerateSchema(enumType, context.SchemaRepository);
                parameter.Schema = bounds.EnumTextAlso.Count == 0 ? named
                    : EnumWithWords(named, bounds.EnumTextAlso, context, (parameter.Schema as OpenApiSchema)?.Example);
                continue;
            }
            if (bounds.BooleanText)
            {
                var example = parameter.Schema?.Example is JsonValue v && v.TryGetValue<string>(out var text) && bool.TryParse(text, out var b)
                    ? JsonValue.Create(b) : null;
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Example = example };
                continue;
            }
            if (parameter.Schema is not OpenApiSchema schema) continue;
            if (bounds.DateText) schema.Format = "date";
            SchemaRulesFromValidators.Apply(schema, bounds);
            if (OpenApiConventions.UnboundedText(schema)) schema.MaxLength = InputLimits.MaxQueryValue;
            OpenApiConventions.BoundByType(schema);
        }
    }

    /// <summary>The enum's names (from its schema, as every enum filter documents them) and the other words the filter takes.</summary>
    private static OpenApiSchema EnumWithWords(IOpenApiSchema named, IReadOnlyList<string> words, OperationFilterContext context, JsonNode? example)
    {
        var target = named is OpenApiSchemaReference { Reference.Id: { } id } && context.SchemaRepository.Schemas.TryGetValue(id, out var s) ? s : named;
        var values = (target.Enum ?? []).Select(v => v?.GetValue<string>()).OfType<string>().Concat(words).Distinct(StringComparer.Ordinal);
        return new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            Example = example,
        };
    }
}

/// <summary>
/// Path values are bounded (<see cref="InputLimits"/>): an id has at most <see cref="InputLimits.MaxId"/>
/// digits (anything longer is not found), another path value at most <see cref="InputLimits.MaxQueryValue"/> characters.
/// </summary>
internal sealed class PathParameterBounds : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var p in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (p.In == ParameterLocation.Path && p.Schema is OpenApiSchema schema && OpenApiConventions.UnboundedText(schema))
                schema.MaxLength = InputLimits.IsIdName(p.Name ?? "") ? InputLimits.MaxId : InputLimits.MaxQueryValue;
    }
}

/// <summary>
/// Every text of a JSON request body, in the body's schema and the schemas it references, carries a
/// bound: its validator's where it has one, else the general <see cref="InputLimits.MaxJsonText"/> that
/// <see cref="BoundedStringConverter"/> enforces on every string the API reads (and the form options on
/// every form value); an integer without a validator's range, the range of its type.
/// </summary>
internal sealed class RequestBodyTextBounds : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
            foreach (var (mediaType, body) in operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
                if (mediaType is "application/json" or "multipart/form-data") Visit(body.Schema, document, seen);
    }

    private static void Visit(IOpenApiSchema? schema, OpenApiDocument document, HashSet<IOpenApiSchema> seen)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            schema = reference.Reference.Id is { } id && document.Components?.Schemas?.TryGetValue(id, out var target) == true ? target : null;
        }
        if (schema is not OpenApiSchema s || !seen.Add(s)) return;
        if (OpenApiConventions.UnboundedText(s)) s.MaxLength = InputLimits.MaxJsonText;
        OpenApiConventions.BoundByType(s);
        foreach (var property in s.Properties?.Values ?? []) Visit(property, document, seen);
        Visit(s.Items, document, seen);
        Visit(s.AdditionalProperties, document, seen);
        foreach (var part in (s.AllOf ?? []).Concat(s.OneOf ?? []).Concat(s.AnyOf ?? [])) Visit(part, document, seen);
    }
}

/// <summary>Document-wide facts: the API is served from the document's own origin.</summary>
internal sealed class DocumentLevel : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "The origin that served this document: the production deployment, or a local development host.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            },
        ];
        // Each tag is described by the summary of the endpoint group of its operations' area.
        var summaries = GroupSummaries();
        foreach (var description in context.ApiDescriptions)
        {
            var area = (description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault()?.DeclaringType)?.Namespace;
            var tags = description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().SelectMany(t => t.Tags);
            foreach (var name in tags)
            {
                var tag = document.Tags?.FirstOrDefault(t => t.Name == name);
                if (tag is null || tag.Description is not null || area is null || !summaries.TryGetValue(area, out var groups)) continue;
                var compact = name.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                tag.Description = groups.FirstOrDefault(g => g.Group.StartsWith(compact, StringComparison.OrdinalIgnoreCase)).Summary
                                  ?? groups[0].Summary;
            }
        }
    }

    private static Dictionary<string, List<(string Group, string Summary)>> GroupSummaries()
    {
        var xml = Path.Combine(AppContext.BaseDirectory, $"{typeof(DocumentLevel).Assembly.GetName().Name}.xml");
        var result = new Dictionary<string, List<(string, string)>>();
        if (!File.Exists(xml)) return result;
        var members = System.Xml.Linq.XDocument.Load(xml).Descendants("member")
            .ToDictionary(m => (string?)m.Attribute("name") ?? "", m => m.Element("summary"));
        foreach (var group in typeof(DocumentLevel).Assembly.GetTypes().Where(t => t.IsClass && typeof(IEndpointGroup).IsAssignableFrom(t)))
        {
            if (group.Namespace is null || !members.TryGetValue("T:" + group.FullName, out var summary) || summary is null) continue;
            var text = string.Join(" ", string.Concat(summary.Nodes().Select(n => n is System.Xml.Linq.XElement e ? ((string?)e.Attribute("cref"))?.Split('.').Last() ?? e.Value : n.ToString()))
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!result.TryGetValue(group.Namespace, out var list)) result[group.Namespace] = list = [];
            list.Add((group.Name, System.Net.WebUtility.HtmlDecode(text)));
        }
        return result;
    }
}
