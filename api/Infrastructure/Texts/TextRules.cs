using FluentValidation;
using FluentValidation.Results;

namespace MedanUmkm.Api.Infrastructure.Texts;

/// <summary>
/// FluentValidation rules that speak the catalogue: the failure carries the stable code (the
/// problem's per-field <c>codes</c>), its parameters (as the failure's state) and the text in the
/// caller's language. <c>{PropertyName}</c> in a text is the field's JSON name (see
/// <see cref="JsonDisplayNames"/>).
/// </summary>
public static class TextRules
{
    /// <summary>The failure's code, text and fixed parameters.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, params (string Name, object? Value)[] args)
    {
        IReadOnlyDictionary<string, object?>? parameters = args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => a.Value);
        rule.WithErrorCode(code).WithMessage(_ => ServerTexts.Get(code, parameters));
        return parameters is null ? rule : rule.WithState(_ => parameters);
    }

    /// <summary>The failure's code and text, with parameters taken from the instance validated.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, IReadOnlyDictionary<string, object?>> args) =>
        rule.WithErrorCode(code).WithMessage(x => ServerTexts.Get(code, args(x))).WithState(x => args(x));

    /// <summary>Parameters as pairs, for <see cref="WithText{T,TProperty}(IRuleBuilderOptions{T,TProperty},string,Func{T,IReadOnlyDictionary{string,object?}})"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value);

    /// <summary>A failure added by hand (<c>ctx.AddFailure</c>) with its code, parameters and text.</summary>
    public static ValidationFailure Failure(string propertyPath, string code, params (string Name, object? Value)[] args)
    {
        IReadOnlyDictionary<string, object?>? parameters = args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => a.Value);
        return new ValidationFailure(propertyPath, ServerTexts.Get(code, parameters)) { ErrorCode = code, CustomState = parameters };
    }
}

/// <summary>
/// <c>{PropertyName}</c> in validation texts is the field as the client sends it ("ownerNik"), not
/// FluentValidation's split words ("Owner Nik"), in both languages.
/// </summary>
public static class JsonDisplayNames
{
    public static void Use()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) =>
        {
            var name = member?.Name ?? (expression?.Body as System.Linq.Expressions.MemberExpression)?.Member.Name;
            return name is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
        };
        // FluentValidation's own Indonesian, where the office words it otherwise.
        if (ValidatorOptions.Global.LanguageManager is FluentValidation.Resources.LanguageManager manager)
            manager.AddTranslation("id", "EmailValidator", "'{PropertyName}' bukan alamat e-mail yang valid.");
    }
}
