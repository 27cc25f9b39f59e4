/*
 * malloc-trim: hands glibc's free heap pages back to the kernel, off the event loop.
 *
 * V8's compiler zones, Node's HTTP parsers and the audit index's bursts allocate through
 * malloc and free again; glibc keeps what they freed (in the middle of its arenas, where the
 * automatic trim of the heap's top never reaches), so a sidecar under a steady load sat
 * 15-20 MiB above what it used (BENCHMARKS.md, "Where an Authorize-only sidecar's memory
 * goes"). malloc_trim(0) returns those pages; it walks every arena and takes 1-10 ms, so it
 * runs on a libuv pool thread (napi async work) rather than the thread that answers calls.
 *
 * Built by scripts/build-native.mjs where glibc, a C compiler and Node's headers are there;
 * elsewhere the sidecar runs without it (sidecar/src/memory-trim.ts).
 */
#include <malloc.h>
#include <node_api.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  int released;
  double ms;
} Trim;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void execute(napi_env env, void* data) {
  Trim* trim = data;
  double start = now_ms();
  trim->released = malloc_trim(0);
  trim->ms = now_ms() - start;
}

/* Resolves with { released: boolean, ms: number }. */
static void complete(napi_env env, napi_status status, void* data) {
  Trim* trim = data;
  napi_value result, released, ms;
  napi_create_object(env, &result);
  napi_get_boolean(env, status == napi_ok && trim->released, &released);
  napi_create_double(env, trim->ms, &ms);
  napi_set_named_property(env, result, "released", released);
  napi_set_named_property(env, result, "ms", ms);
  napi_resolve_deferred(env, trim->deferred, result);
  napi_delete_async_work(env, trim->work);
  free(trim);
}

static napi_value trim_async(napi_env env, napi_callback_info info) {
  napi_value promise, name;
  Trim* trim = calloc(1, sizeof(Trim));
  if (trim == NULL) {
    napi_throw_error(env, NULL, "malloc-trim: out of memory");
    return NULL;
  }
  napi_create_promise(env, &trim->deferred, &promise);
  napi_create_string_utf8(env, "malloc_trim", NAPI_AUTO_LENGTH, &name);
  napi_create_async_work(env, NULL, name, execute, complete, trim, &trim->work);
  napi_queue_async_work(env, trim->work);
  return promise;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "trimAsync", NAPI_AUTO_LENGTH, trim_async, NULL, &fn);
  napi_set_named_property(env, exports, "trimAsync", fn);
  return exports;
}
