/**
 * The Lua scripts of the Redis identity store. Each write that other replicas must see
 * changes the data, bumps the epoch, appends to the change feed (stream id `<epoch>-1`) and
 * publishes the epoch, atomically — so a replica that reads the feed never sees a change
 * before its data, and one that missed the message still finds the change in the feed.
 */

/**
 * KEYS: tok:<hash>, tokid:<id>, toksub:<subject>, tokall, offboarded. ARGV: hash, createdAtMs,
 * the JSON list of the subject's spellings on the deny-list (the subject itself and those that
 * fold as it does), field, value, … → 1; 0 when the id or hash exists; -1 when the subject was
 * offboarded at or after createdAtMs (the offboarding ran between the token's issue time and
 * this write, so its revocation could not include it).
 */
export const INSERT_TOKEN_LUA = `
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
for _, spelling in ipairs(cjson.decode(ARGV[3])) do
  local entry = redis.call('HGET', KEYS[5], spelling)
  if entry and tonumber(cjson.decode(entry).offboardedAtMs) >= tonumber(ARGV[2]) then return -1 end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('SET', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
return 1
`;

/**
 * Reads the change feed, and nothing but reads (no script flags, so that Redis before 7 runs
 * it too): a Redis that refuses writes — out of memory, a read-only replica — still answers
 * it. KEYS: incarnation, epoch, feed. ARGV: the first stream id wanted, how many at most →
 * { incarnation or "", epoch or "0", XRANGE entries }.
 */
export const READ_CHANGES_LUA = `
return {
  redis.call('GET', KEYS[1]) or '',
  redis.call('GET', KEYS[2]) or '0',
  redis.call('XRANGE', KEYS[3], ARGV[1], '+', 'COUNT', ARGV[2])
}
`;

/** A change: bumps the epoch, appends fields to the feed, publishes. Shared tail of the scripts below. */
const RECORD_CHANGE = `
local function record_change(epoch_key, feed_key, channel, keep, fields)
  local e = redis.call('INCR', epoch_key)
  redis.call('XADD', feed_key, 'MAXLEN', '~', keep, e .. '-1', unpack(fields))
  redis.call('PUBLISH', channel, e)
end
`;

/** KEYS: tok:<hash>, epoch, feed. ARGV: hash, atMs, channel, keep → 1 revoked, 0 already, -1 none. */
export const REVOKE_TOKEN_LUA = `${RECORD_CHANGE}
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if tonumber(redis.call('HGET', KEYS[1], 'revokedAtMs')) ~= 0 then return 0 end
redis.call('HSET', KEYS[1], 'revokedAtMs', ARGV[2])
record_change(KEYS[2], KEYS[3], ARGV[3], ARGV[4], {'kind', 'token', 'hash', ARGV[1]})
return 1
`;

/**
 * KEYS: offboarded, epoch, feed, toksub:<subject>, toksub:<each other spelling that folds the
 * same>…. ARGV: subject, offboardedAtMs, reason,
 * source, channel, keep, tok: key prefix → tokens revoked. An admin's entry keeps source
 * 'admin', so SCIM can never lift it.
 *
 * The subject's token set is read here, inside the script, so no token inserted between a
 * client-side read and the script escapes (INSERT_TOKEN_LUA refuses one inserted after it).
 * The tok:<hash> keys it reaches are not in KEYS: they share the deployment's hash tag, so
 * they live in the same Cluster slot as the declared keys.
 */
export const OFFBOARD_LUA = `${RECORD_CHANGE}
local source = ARGV[4]
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current and cjson.decode(current).source == 'admin' then source = 'admin' end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode({subject = ARGV[1], offboardedAtMs = tonumber(ARGV[2]), reason = ARGV[3], source = source}))
local revoked = 0
for i = 4, #KEYS do
  for _, hash in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    local key = ARGV[7] .. hash
    if redis.call('EXISTS', key) == 1 and tonumber(redis.call('HGET', key, 'revokedAtMs')) == 0 then
      redis.call('HSET', key, 'revokedAtMs', ARGV[2])
      revoked = revoked + 1
    end
  end
end
record_change(KEYS[2], KEYS[3], ARGV[5], ARGV[6],
  {'kind', 'subject', 'subject', ARGV[1], 'offboardedAtMs', ARGV[2], 'reason', ARGV[3], 'source', source})
return revoked
`;

/**
 * KEYS: offboarded, epoch, feed. ARGV: channel, keep, toksub: key prefix, tok: key prefix, JSON
 * list of deny-list entries → how many were written. Puts back entries a reset store lost, as
 * they were (an entry the store holds with the same or a later time stays), each with a change,
 * and revokes the subject's tokens created at or before the entry (a stale snapshot's).
 */
export const RESTORE_OFFBOARDED_LUA = `${RECORD_CHANGE}
local written = 0
for _, e in ipairs(cjson.decode(ARGV[5])) do
  local current = redis.call('HGET', KEYS[1], e.subject)
  if not current or tonumber(cjson.decode(current).offboardedAtMs) < tonumber(e.offboardedAtMs) then
    redis.call('HSET', KEYS[1], e.subject, cjson.encode({subject = e.subject, offboardedAtMs = tonumber(e.offboardedAtMs), reason = e.reason, source = e.source}))
    for _, hash in ipairs(redis.call('SMEMBERS', ARGV[3] .. e.subject)) do
      local key = ARGV[4] .. hash
      if redis.call('EXISTS', key) == 1 and tonumber(redis.call('HGET', key, 'revokedAtMs')) == 0
        and tonumber(redis.call('HGET', key, 'createdAtMs')) <= tonumber(e.offboardedAtMs) then
        redis.call('HSET', key, 'revokedAtMs', e.offboardedAtMs)
      end
    end
    record_change(KEYS[2], KEYS[3], ARGV[1], ARGV[2],
      {'kind', 'subject', 'subject', e.subject, 'offboardedAtMs', e.offboardedAtMs, 'reason', e.reason, 'source', e.source})
    written = written + 1
  end
end
return written
`;

/** KEYS: offboarded, epoch, feed. ARGV: subject, only source ('' any), channel, keep → 1 reinstated, 0 not. */
export const REINSTATE_LUA = `${RECORD_CHANGE}
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if not entry then return 0 end
if ARGV[2] ~= '' and cjson.decode(entry).source ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
record_change(KEYS[2], KEYS[3], ARGV[3], ARGV[4], {'kind', 'subject', 'subject', ARGV[1]})
return 1
`;

/** KEYS: tok:<hash>, …; ARGV: last-used ms of each, in order. Raises, never lowers; ignores tokens gone. */
export const LAST_USED_LUA = `
for i = 1, #KEYS do
  local at = tonumber(ARGV[i])
  if redis.call('EXISTS', KEYS[i]) == 1 and tonumber(redis.call('HGET', KEYS[i], 'lastUsedAtMs') or '0') < at then
    redis.call('HSET', KEYS[i], 'lastUsedAtMs', ARGV[i])
  end
end
return 0
`;

/** KEYS: scim:<id>, scimname:<new name>, scimall, scimname:<old name>. ARGV: id, JSON → 1, or 0 when the name is another user's. */
export const PUT_SCIM_USER_LUA = `
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[1] then return 0 end
if KEYS[4] ~= KEYS[2] and redis.call('GET', KEYS[4]) == ARGV[1] then redis.call('DEL', KEYS[4]) end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
`;
