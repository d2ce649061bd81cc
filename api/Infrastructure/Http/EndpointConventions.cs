namespace MedanUmkm.Api.Infrastructure.Http;

public static class EndpointConventions
{
    /// <summary>Documents the problems an If-Match update of an existing resource can answer with: 404, 409, 412, 428.</summary>
    public static RouteHandlerBuilder WithUpdateProblems(this RouteHandlerBuilder b) => b
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
