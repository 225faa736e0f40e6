import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMockSpotify, type MockSpotify } from "../../src/testing/index.js";
import { call } from "./helpers.js";

const PAGE_ORIGIN = "http://127.0.0.1:5173";

describe("CORS", () => {
  let mock: MockSpotify;
  beforeEach(async () => {
    mock = await createMockSpotify();
  });
  afterEach(() => mock.close());

  it("answers a preflight with 204, the allowed headers, and leaves it out of the log", async () => {
    const response = await fetch(`${mock.baseUrl}/albums/abc`, {
      method: "OPTIONS",
      headers: {
        origin: PAGE_ORIGIN,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(PAGE_ORIGIN);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Content-Type/);
    expect(response.headers.get("access-control-allow-methods")).toMatch(/PUT/);
    expect(mock.requests).toHaveLength(0);
  });

  it("echoes the Origin on API answers and exposes Retry-After", async () => {
    const response = await fetch(`${mock.baseUrl}/albums/abc`, {
      headers: { origin: PAGE_ORIGIN, authorization: `Bearer ${mock.issueToken()}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(PAGE_ORIGIN);
    expect(response.headers.get("access-control-expose-headers")).toBe("Retry-After");
    expect(mock.requests.map((r) => r.path)).toEqual(["/v1/albums/abc"]);
  });

  it("echoes the Origin on token endpoint answers, errors included", async () => {
    const response = await fetch(`${mock.accountsUrl}/api/token`, {
      method: "POST",
      headers: { origin: PAGE_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=mock-client-id",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe(PAGE_ORIGIN);
  });

  it("adds no CORS headers to requests without an Origin", async () => {
    const response = await call(mock, "/albums/abc");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
