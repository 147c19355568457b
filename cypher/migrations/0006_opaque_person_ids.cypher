// Person ids no longer spell the names they protect (docs/privacy.md): every :Person whose id is not
// opaque (`person:` and ten digits or consonants) gets a new one, and the change records that name it
// (entities, arguments, before/after values) follow. The sample town's people get the ids that
// data/sample-town.yaml now gives them, so `npm start` re-importing it finds them instead of adding
// them again; anyone else gets a random id (export the graph afterwards for a dataset file with the new ids).
WITH {
  `person:cai-chunyan`: 'person:8v3h5kwf42',
  `person:cai-jintao`: 'person:1wx9sxqrzp',
  `person:cai-ting`: 'person:j1mtj6qgrf',
  `person:chen-haibo`: 'person:2jjhrnsd84',
  `person:chen-hongwei`: 'person:zbkks72dnd',
  `person:chen-jianguo`: 'person:xpkcwhdxc9',
  `person:he-hongxia`: 'person:4jsvpcc3gd',
  `person:he-lin`: 'person:9xfkq4g0gg',
  `person:he-weiming`: 'person:t3mpczn0nj',
  `person:hu-jinhua`: 'person:6hr2vjbr3r',
  `person:hu-le`: 'person:f9z2bx39rv',
  `person:hu-xiuying`: 'person:ng354njd7g',
  `person:huang-chenglin`: 'person:1s59wnn47c',
  `person:huang-rui`: 'person:hmgrgt4h08',
  `person:huang-zhenhua`: 'person:j3dpksqd2j',
  `person:jin-dan`: 'person:7c2343nsjr',
  `person:jin-guangming`: 'person:q14wnjdb9c',
  `person:jin-wenbin`: 'person:69vd48d2pf',
  `person:li-chen`: 'person:ps9t0jr3nz',
  `person:li-lixin`: 'person:tw92rnfmr9',
  `person:li-weidong`: 'person:dn8hn51wtx',
  `person:lin-meiling`: 'person:kv70d1631h',
  `person:lin-yulan`: 'person:686mk1nxn9',
  `person:lin-zhiming`: 'person:rdv43g4svv',
  `person:pan-lijuan`: 'person:hfwd437xj5',
  `person:pan-xuejun`: 'person:dcs8dwjws0',
  `person:pan-zihao`: 'person:gdzf3w6t1h',
  `person:wang-siyuan`: 'person:xf2zh1f6zp',
  `person:wang-xiaodong`: 'person:nvgs01nmcn',
  `person:wang-xuemei`: 'person:j2crw6nqws',
  `person:wu-qiuju`: 'person:5rwq6ch554',
  `person:wu-xiaofang`: 'person:nvhvp0rmtk',
  `person:wu-zhiqiang`: 'person:9j91zw3f5h',
  `person:xu-haoran`: 'person:z8wh1f28cq',
  `person:xu-hui`: 'person:w15vp8s114',
  `person:xu-yongkang`: 'person:s8vjnqdbv5',
  `person:yang-dawei`: 'person:j29t1x2fzp',
  `person:yang-jia`: 'person:tv8hv6tffr',
  `person:yang-shaohua`: 'person:r4k0mx1vt5',
  `person:ye-jiale`: 'person:t4kt8qqpzx',
  `person:ye-jing`: 'person:ggx83tpxx6',
  `person:ye-min`: 'person:1fxqfs0vk7',
  `person:zhang-peng`: 'person:54smzsmrjt',
  `person:zhang-xiaoyan`: 'person:d8hmzt5rqg',
  `person:zhang-yunfei`: 'person:j3s537j81z',
  `person:zheng-desheng`: 'person:5smnb6p9cw',
  `person:zheng-fengying`: 'person:bqp2ftb9b9',
  `person:zheng-tianyou`: 'person:z2c25shhs6',
  `person:zhou-guoping`: 'person:pn3zg1h26f',
  `person:zhou-guoqing`: 'person:sc3c8nbc6k',
  `person:zhou-yadong`: 'person:8dh1s1zwcr',
  `person:zhu-changchun`: 'person:s69854xf5m',
  `person:zhu-haiyan`: 'person:3238dvj3r6',
  `person:zhu-junjie`: 'person:c3fkshzfpb'
} AS sample
MATCH (p:Person)
WHERE NOT p.id =~ 'person:[0-9bcdfghjkmnpqrstvwxz]{10}'
WITH p, p.id AS old, coalesce(sample[p.id], reduce(id = 'person:', i IN range(1, 10) | id + substring('0123456789bcdfghjkmnpqrstvwxz', toInteger(floor(rand() * 29)), 1))) AS new
SET p.id = new
WITH old, new
CALL (old, new) {
  MATCH (c:Change)
  WHERE old IN c.entities OR c.diff CONTAINS ('"' + old + '"') OR c.arguments CONTAINS ('"' + old + '"')
  SET c.entities = [entity IN c.entities | CASE entity WHEN old THEN new ELSE entity END],
      c.diff = replace(c.diff, '"' + old + '"', '"' + new + '"'),
      c.arguments = replace(c.arguments, '"' + old + '"', '"' + new + '"')
}
RETURN count(*) AS renamed;
