/**
 * The Lua scripts behind the Redis state store. One EVALSHA per decision checks every
 * limit with Redis's own clock (TIME) and consumes all of them only if every enforced one
 * passes — never check-then-increment across round trips. The arithmetic mirrors
 * memory-store.ts and budget-period.ts line for line.
 *
 * KEYS: one state key per operation (all with the same hash tag, so the script is
 * Redis-Cluster-safe), then the decision's reservation, cancel-tombstone and undo keys.
 * Budget counters live at `<key>:<period>`, which shares the key's hash tag.
 * ARGV: commit (0|1), subject, reservation TTL ms, operation count, decision id ('' for
 * none), undo TTL ms, then 6 fields per operation: kind, shadow (0|1), p1, p2, p3, p4.
 *
 * A taint operation (a workflow's taint, a hash: bits `b` and the first call that brought
 * each kind, `u` untrusted, `s` sensitive, `a` action, `c` confirmed) answers its bits and
 * the 1-based index of the rule that refuses the call in place of remaining and retry, and
 * its four recorded calls after every operation's three numbers.
 *
 * Withdrawing a decision (see CANCEL_DECISION_LUA) is atomic against the apply in either
 * order: the apply refuses to run once the decision's tombstone exists, and an apply that
 * ran leaves an undo entry that the cancel script reverses exactly.
 */

/**
 * UTC calendar periods (`budget_window(period, now_ms)` → index, end_ms): the Lua twin of
 * budget-period.ts, exported so a test can run both on the same instants.
 */
export const CALENDAR_LUA = `
local function civil_from_days(days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local month = mp < 10 and mp + 3 or mp - 9
  local year = yoe + era * 400
  if month <= 2 then year = year + 1 end
  return year, month
end

local function days_from_civil(year, month, day)
  local y = month <= 2 and year - 1 or year
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local m = month > 2 and month - 3 or month + 9
  local doy = math.floor((153 * m + 2) / 5) + day - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function budget_window(period, now_ms)
  if period == 'hour' then
    local index = math.floor(now_ms / 3600000)
    return index, (index + 1) * 3600000
  end
  local days = math.floor(now_ms / 86400000)
  if period == 'day' then return days, (days + 1) * 86400000 end
  local year, month = civil_from_days(days)
  local ny, nm = year, month + 1
  if nm == 13 then ny, nm = year + 1, 1 end
  return year * 12 + (month - 1), days_from_civil(ny, nm, 1) * 86400000
end
`;

/** Checks and consumes limits; returns allowed, remaining, retry-after-ms per operation. */
export const APPLY_LIMITS_LUA = `
local n = tonumber(ARGV[4])
local decision = ARGV[5]
if decision ~= '' and redis.call('EXISTS', KEYS[n + 2]) == 1 then
  return redis.error_reply('PCL_CANCELLED decision ' .. decision .. ' was withdrawn before it ran')
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local now_ms = math.floor(now / 1000)
local commit = ARGV[1] == '1'
local out = {}
local writes = {}
local holds = {}
local taints = {}
local denied = false

${CALENDAR_LUA}
for i = 1, n do
  local b = 6 + (i - 1) * 6
  local kind = ARGV[b + 1]
  local shadow = ARGV[b + 2] == '1'
  local key = KEYS[i]
  local ok, remaining, retry = 1, 0, 0
  if kind == 'rate' then
    local interval, burst = tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4])
    local tat = tonumber(redis.call('GET', key) or now)
    if tat < now then tat = now end
    local new_tat = tat + interval
    local allow_at = new_tat - burst * interval
    if allow_at > now then
      ok, retry = 0, math.ceil((allow_at - now) / 1000)
    else
      remaining = math.min(burst - 1, math.floor((now - allow_at) / interval))
      writes[#writes + 1] = { 'rate', key, new_tat, math.ceil((new_tat - now) / 1000) + 1, i, ARGV[b + 3] }
    end
  elseif kind == 'steps' then
    local cap, ttl = tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4])
    local used = tonumber(redis.call('GET', key) or '0')
    if used < cap then
      remaining = cap - used - 1
      writes[#writes + 1] = { 'steps', key, ttl, i }
    else
      ok = 0
    end
  elseif kind == 'duplicate' then
    local window = tonumber(ARGV[b + 3])
    local pttl = redis.call('PTTL', key)
    if pttl > 0 or pttl == -1 then
      ok, retry = 0, math.max(pttl, 0)
    else
      writes[#writes + 1] = { 'duplicate', key, window, i }
    end
  elseif kind == 'tokens' then
    local limit, amount, period = tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4]), ARGV[b + 5]
    local index, end_ms = budget_window(period, now_ms)
    local bkey = key .. ':' .. index
    local used = tonumber(redis.call('GET', bkey) or '0')
    if used < limit and used + amount <= limit then
      remaining = limit - used - amount
      writes[#writes + 1] = { 'tokens', bkey, amount, end_ms + 86400000, i, index }
      holds[#holds + 1] = { bkey, amount }
    else
      ok, retry = 0, end_ms - now_ms
      remaining = math.max(0, limit - used)
    end
  elseif kind == 'taint' then
    local legs = tonumber(ARGV[b + 3])
    local st = redis.call('HMGET', key, 'b', 'u', 's', 'a', 'c')
    local bits = tonumber(st[1] or '0') or 0
    local r, rule = 0, 0
    for need, when, with_call in string.gmatch(ARGV[b + 4], '(%d+):(%d+):(%d)') do
      r = r + 1
      need, when = tonumber(need), tonumber(when)
      local held = bits
      if with_call == '1' then held = bit.bor(bits, legs) end
      if rule == 0 and bit.band(held, need) == need and bit.band(legs, when) ~= 0 then rule = r end
    end
    if rule > 0 then ok = 0 end
    remaining, retry = bits, rule
    for f = 2, 5 do taints[#taints + 1] = st[f] or '' end
    local added = bit.band(legs, bit.bnot(bits))
    if added ~= 0 then
      writes[#writes + 1] = { 'taint', key, added, tonumber(ARGV[b + 5]), i, ARGV[b + 6], bits, st }
    end
  else
    return redis.error_reply('unknown limit kind ' .. tostring(kind))
  end
  out[#out + 1] = ok
  out[#out + 1] = remaining
  out[#out + 1] = retry
  if ok == 0 and not shadow then denied = true end
end

if commit and not denied then
  -- The undo entry is terse (it lives a while for every decision): per write, the kind,
  -- the operation's index in KEYS, and what the cancel script cannot derive from the key.
  local undo = {}
  for _, w in ipairs(writes) do
    if w[1] == 'rate' then
      redis.call('SET', w[2], string.format('%.0f', w[3]), 'PX', w[4])
      undo[#undo + 1] = 'r,' .. w[5] .. ',' .. w[6]
    elseif w[1] == 'steps' then
      redis.call('INCR', w[2])
      redis.call('PEXPIRE', w[2], w[3])
      undo[#undo + 1] = 's,' .. w[4]
    elseif w[1] == 'duplicate' then
      -- The decision id as the value lets a cancel delete only the guard this call set.
      redis.call('SET', w[2], decision ~= '' and decision or '1', 'PX', w[3])
      undo[#undo + 1] = 'd,' .. w[4]
    elseif w[1] == 'taint' then
      local added, st = w[3], w[8]
      local rec = string.format('%.0f', now_ms) .. ' ' .. w[6]
      redis.call('HSET', w[2], 'b', bit.bor(w[7], added))
      -- The first call to bring each kind is the one a denial names.
      if bit.band(added, 1) ~= 0 and not st[2] then redis.call('HSET', w[2], 'u', rec) end
      if bit.band(added, 2) ~= 0 and not st[3] then redis.call('HSET', w[2], 's', rec) end
      if bit.band(added, 12) ~= 0 and not st[4] then redis.call('HSET', w[2], 'a', rec) end
      if bit.band(added, 16) ~= 0 and not st[5] then redis.call('HSET', w[2], 'c', rec) end
      redis.call('PEXPIRE', w[2], w[4])
      undo[#undo + 1] = 'w,' .. w[5] .. ',' .. added
    else
      redis.call('INCRBY', w[2], w[3])
      redis.call('PEXPIREAT', w[2], w[4])
      undo[#undo + 1] = 't,' .. w[5] .. ',' .. string.format('%.0f', w[6]) .. ',' .. string.format('%.0f', w[3])
    end
  end
  local rkey = KEYS[n + 1]
  if #holds > 0 and tonumber(ARGV[3]) > 0 then
    redis.call('SET', rkey, cjson.encode({ subject = ARGV[2], holds = holds }), 'PX', tonumber(ARGV[3]))
  end
  if decision ~= '' and #undo > 0 then
    redis.call('SET', KEYS[n + 3], table.concat(undo, ';'), 'PX', tonumber(ARGV[6]))
  end
end
for _, v in ipairs(taints) do out[#out + 1] = v end
return out
`;

/**
 * The availability probe: writes one short-lived key (KEYS[1], for ARGV[1] ms). A write, so
 * that a Redis refusing writes (out of memory, read-only, …) fails it, as it fails applies.
 */
export const PROBE_LUA = `
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
return 1
`;

/**
 * Withdraws a decision: KEYS tombstone, undo, reservation, then the decision's operation
 * keys in the order its apply had them; ARGV decision id, tombstone TTL ms. Writes the
 * tombstone (a later apply refuses to run), then reverses what the apply wrote, if it ran:
 * the rate TAT goes back one interval, the step count down one, the duplicate guard goes if
 * it is still this decision's, and the budget gives back what the decision holds (its
 * reservation, or its settled use). Returns 1 when it undid an apply, 0 when there was
 * none. Idempotent: the undo entry is consumed.
 */
export const CANCEL_DECISION_LUA = `
redis.call('SET', KEYS[1], '1', 'PX', tonumber(ARGV[2]))
local raw = redis.call('GET', KEYS[2])
if not raw then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local settled = nil
local resv = redis.call('GET', KEYS[3])
if resv then settled = cjson.decode(resv).settled end
for entry in string.gmatch(raw, '[^;]+') do
  local f = {}
  for field in string.gmatch(entry, '[^,]+') do f[#f + 1] = field end
  local kind, key = f[1], KEYS[3 + tonumber(f[2])]
  if kind == 'r' then
    local tat = tonumber(redis.call('GET', key) or '')
    if tat then
      local back = tat - tonumber(f[3])
      if back <= now then
        redis.call('DEL', key)
      else
        redis.call('SET', key, string.format('%.0f', back), 'PX', math.ceil((back - now) / 1000) + 1)
      end
    end
  elseif kind == 's' then
    local used = tonumber(redis.call('GET', key) or '0')
    if used > 1 then redis.call('DECR', key) elseif used == 1 then redis.call('DEL', key) end
  elseif kind == 'd' then
    if redis.call('GET', key) == ARGV[1] then redis.call('DEL', key) end
  elseif kind == 'w' then
    -- Take back the taint bits this decision brought, and the calls recorded for them.
    local bits = tonumber(redis.call('HGET', key, 'b') or '')
    if bits then
      bits = bit.band(bits, bit.bnot(tonumber(f[3])))
      if bits == 0 then
        redis.call('DEL', key)
      else
        redis.call('HSET', key, 'b', bits)
        if bit.band(bits, 1) == 0 then redis.call('HDEL', key, 'u') end
        if bit.band(bits, 2) == 0 then redis.call('HDEL', key, 's') end
        if bit.band(bits, 12) == 0 then redis.call('HDEL', key, 'a') end
        if bit.band(bits, 16) == 0 then redis.call('HDEL', key, 'c') end
      end
    end
  else
    local bkey = key .. ':' .. f[3]
    if redis.call('EXISTS', bkey) == 1 then redis.call('DECRBY', bkey, settled or tonumber(f[4])) end
  end
end
redis.call('DEL', KEYS[2], KEYS[3])
return 1
`;

/**
 * Settles a reservation, claims its settlement, or releases a claim: KEYS[1] reservation;
 * ARGV subject, actual tokens, claim id ('' for none), mode (`settle`, `claim` or
 * `release`), claim TTL ms. Returns 1 settled (or released), 2 claimed, 0 unknown,
 * -1 forbidden, -2 already settled, -3 claimed by another settlement still in progress. A
 * settled reservation stays as a marker until it would have expired, so a second settlement
 * is refused, not ignored. A claim (`claim`, `claimUntil` in ms on Redis's clock) is kept in
 * the reservation, which lives at least as long as the claim. The memory store's twin is
 * MemoryStateStore's settle, claim and release.
 */
export const SETTLE_RESERVATION_LUA = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local r = cjson.decode(raw)
local mode = ARGV[4]
if mode == 'release' then
  if r.claim == ARGV[3] then
    r.claim = nil
    r.claimUntil = nil
    redis.call('SET', KEYS[1], cjson.encode(r), 'KEEPTTL')
  end
  return 1
end
if r.subject ~= ARGV[1] then return -1 end
if r.settled then return -2 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if r.claim and r.claim ~= ARGV[3] and tonumber(r.claimUntil) > now then return -3 end
if mode == 'claim' then
  local ttl = tonumber(ARGV[5])
  r.claim = ARGV[3]
  r.claimUntil = now + ttl
  redis.call('SET', KEYS[1], cjson.encode(r), 'KEEPTTL')
  if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
  return 2
end
local actual = tonumber(ARGV[2])
for _, hold in ipairs(r.holds) do
  if redis.call('EXISTS', hold[1]) == 1 then
    redis.call('INCRBY', hold[1], actual - hold[2])
  end
end
r.settled = actual
r.claim = nil
r.claimUntil = nil
redis.call('SET', KEYS[1], cjson.encode(r), 'KEEPTTL')
return 1
`;
