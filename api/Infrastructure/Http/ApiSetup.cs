using MedanUmkm.Api.Infrastructure.Texts;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Observability;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Privacy;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.FileProviders;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>Configuration section <c>Cors</c>.</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";
    public string[] AllowedOrigins { get; set; } = [];
}

public static class ApiSetup
{
    /// <summary>Largest JSON body accepted (uploads raise it per endpoint).</summary>
    public const long MaxJsonBodyBytes = 1024 * 1024;

    public static IServiceCollection AddMedanApi(this IServiceCollection services, IConfiguration config)
    {
        services.AddMedanResponseCompression();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
            // Every text in a body is bounded (InputLimits), whichever field it is in.
            o.SerializerOptions.Converters.Add(new BoundedStringConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // The documented request schemas say additionalProperties: false; a field the API does not
            // know (a typo, or a read-only field such as id or version) is a 400 naming it, not silence.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        // Personal data is masked at the boundary: whatever handler produced a response, its
        // [PersonalData] fields are written masked for a caller who may not see them.
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IHttpContextAccessor>((o, accessor) =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(PersonalData.JsonModifier(() => CallerMaySeePersonalData(accessor))));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = MaxJsonBodyBytes;
            o.AddServerHeader = false;
        });
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = 20 * 1024 * 1024;
            o.ValueLengthLimit = InputLimits.MaxJsonText; // a form field other than a file (InputLimits)
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            // Titles are per status, in the caller's language (the code stays for machines).
            if (ctx.ProblemDetails.Status is { } status && ServerTexts.Has($"title.{status}"))
                ctx.ProblemDetails.Title = ServerTexts.Get($"title.{status}");
            ctx.ProblemDetails.Extensions["traceId"] = RequestLogging.RequestId(ctx.HttpContext); // = X-Request-Id
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // A rule stops at its first failure: NotNull() then Must(x => x.Count ..) must not run the
        // second check on null (that would be a 500 from client input).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // '{PropertyName}' in every validation text is the JSON field name ('ownerNik'), in both languages.
        JsonDisplayNames.Use();
        services.AddValidatorsFromAssemblyContaining<ApiSetupMarker>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<AuditTrail>();
        services.AddScoped<BusinessChanges>();
        services.AddScoped<DomainEvents>();
        services.AddPersonalDataWriteGuards();
        services.AddMediator((Mediator.MediatorOptions o) =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(PersonalDataWriteBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TransactionBehaviour<,>),
            ];
        });

        var cors = config.GetSection(CorsOptions.Section).Get<CorsOptions>() ?? new CorsOptions();
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (cors.AllowedOrigins.Length > 0)
                p.WithOrigins(cors.AllowedOrigins).AllowAnyHeader().AllowAnyMethod()
                    .WithExposedHeaders("ETag", "Location", "Retry-After", "Content-Disposition");
        }));
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddSingleton<StorageState>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"])
            .AddCheck<WorkersHealthCheck>("workers", tags: ["ready"])
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        services.AddFeatureServices(config);
        return services;
    }

    private static readonly object PersonalDataKey = new();

    /// <summary>The current caller's right to personal data, worked out once per request (no request: the system, which may).</summary>
    private static bool CallerMaySeePersonalData(IHttpContextAccessor accessor)
    {
        if (accessor.HttpContext is not { } http) return true;
        if (http.Items.TryGetValue(PersonalDataKey, out var known) && known is bool maySee) return maySee;
        maySee = new CurrentActor(accessor).CanSeePersonalData;
        http.Items[PersonalDataKey] = maySee;
        return maySee;
    }

    public static WebApplication UseMedanPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseTextLanguage(); // before the exception handler: problem texts follow the caller's language
        app.UseRequestLogging();
        app.UseMedanResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        app.UseClientFiles();
        // Route matching after static files: otherwise the client's index.html fallback route is
        // chosen first and static files are skipped for /assets/*.js.
        app.UseRouting();
        // Public documentation, served before authorisation (whose fallback policy closes
        // everything that does not declare a policy). Off by default outside Development and
        // Testing: Swagger:Enabled=true turns it on (Swagger__Enabled as an environment variable).
        if (SwaggerEnabled(app))
        {
            app.UseSwagger();
            app.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint("/swagger/v1/swagger.json", "MedanUmkm API v1");
                o.DocumentTitle = "MedanUmkm API";
                o.EnablePersistAuthorization();
            });
        }
        else
        {
            // Without this, the authorisation fallback policy would answer 401, hinting that the
            // documentation exists behind a sign-in.
            app.Map("/swagger", b => b.Run(ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        }
        app.UseCors();
        app.UseApiNotFound();
        app.UseRequestBodyLimit();
        app.UseInputLengthLimits();
        app.UseAuthentication();
        app.UseRoutingRejections();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Configuration key that serves /swagger (UI and JSON) when true.</summary>
    public const string SwaggerEnabledKey = "Swagger:Enabled";

    /// <summary><c>Swagger:Enabled</c> when set; otherwise on in Development and Testing only.</summary>
    public static bool SwaggerEnabled(WebApplication app) =>
        app.Configuration.GetValue<bool?>(SwaggerEnabledKey)
        ?? (app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing"));

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();
        return app;
    }

    /// <summary>
    /// Serves the built client from the same origin, with index.html for client routes: from
    /// <c>Client:DistPath</c>, else the <c>client</c> folder beside the published API (scripts/publish.sh),
    /// else the repository's client/dist.
    /// </summary>
    /// <summary>
    /// Hashed build output (/assets/, its name changes with its content): kept for a year, never revalidated.
    /// index.html (on any client route): revalidated every time. Other files beside it (favicon.svg), whose
    /// names do not change: a day.
    /// </summary>
    internal static string ClientCacheControl(PathString path, string fileName) =>
        fileName == "index.html" ? "no-cache"
        : path.StartsWithSegments("/assets", StringComparison.Ordinal) ? "public, max-age=31536000, immutable"
        : "public, max-age=86400";

    private static void UseClientFiles(this WebApplication app)
    {
        var published = Path.Combine(app.Environment.ContentRootPath, "client");
        var dist = app.Configuration["Client:DistPath"]
                   ?? (File.Exists(Path.Combine(published, "index.html")) ? published : Path.Combine(app.Environment.ContentRootPath, "..", "client", "dist"));
        dist = Path.GetFullPath(dist);
        if (!Directory.Exists(dist)) return;
        var files = new PhysicalFileProvider(dist);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UsePrecompressedFiles(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedFiles.ContentTypes(),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = ClientCacheControl(ctx.Context.Request.Path, ctx.File.Name),
        });
        // Client routes (/katalog, /login, ...) answer index.html too: never kept without asking again,
        // or a browser could hold a page that names assets a new release no longer has.
        app.MapFallbackToFile("{*path:regex(^(?!api/|swagger|health).*$)}", "index.html", new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = ClientCacheControl(ctx.Context.Request.Path, ctx.File.Name),
            })
            .AllowAnonymous();
    }
}

/// <summary>Assembly marker for scanning.</summary>
public sealed class ApiSetupMarker;
