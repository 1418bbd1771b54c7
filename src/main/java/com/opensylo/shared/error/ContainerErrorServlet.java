package com.opensylo.shared.error;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * The error page of the web container (web.xml): failures raised before JAX-RS runs, such as a
 * bearer token refused by MicroProfile JWT, still answer in the {@link ApiError} shape. Reached
 * directly, it does not exist.
 */
@WebServlet(urlPatterns = "/__error")
public class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Clock clock;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean dispatchedError = request.getDispatcherType() == DispatcherType.ERROR;
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = dispatchedError && statusAttribute instanceof Integer code ? code : 404;
    String path =
        dispatchedError
            ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
            : "/__error";
    ApiErrors.write(response, ApiErrors.forStatus(status, path, clock));
  }
}
